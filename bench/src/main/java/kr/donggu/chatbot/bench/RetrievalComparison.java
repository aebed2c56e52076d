package kr.donggu.chatbot.bench;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.Section;
import kr.donggu.chatbot.search.ProgramIndex;
import kr.donggu.chatbot.search.SearchHit;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Side by side, in one run and on the same chunks: this project's retriever, Lucene's StandardAnalyzer with BM25,
 * and LangChain4j's in-process all-MiniLM-L6-v2 embeddings with the in-memory store (what easy-RAG gives a new user).
 * The baselines live here only, never in the product.
 */
final class RetrievalComparison {

    record Question(String text, Predicate<String> relevant) {
    }

    record Result(String corpus, String system, int questions, double recallAt1, double recallAt3, double mrr,
                  double p50Millis, double p99Millis) {
    }

    interface Retriever {
        List<String> search(String question, int k) throws IOException;
    }

    private RetrievalComparison() {
    }

    /** Keys are "docId\tsection". */
    static List<Result> compare(String corpus, KnowledgeBase kb, List<Question> questions, Path work) throws Exception {
        List<Result> results = new ArrayList<>();
        try (ProgramIndex ours = ProgramIndex.of(kb, work.resolve(corpus + "-ours"))) {
            results.add(measure(corpus, "ours: Nori + dictionary + synonyms + bigrams (BM25)", questions,
                    (q, k) -> ours.search(q, k).hits().stream().map(RetrievalComparison::key).toList()));
        }
        results.add(measure(corpus, "Lucene StandardAnalyzer (BM25)", questions, standard(kb)));
        results.add(measure(corpus, "LangChain4j all-MiniLM-L6-v2 in-memory", questions, embeddings(kb)));
        return results;
    }

    private static Result measure(String corpus, String system, List<Question> questions, Retriever retriever)
            throws IOException {
        int at1 = 0;
        int at3 = 0;
        double rr = 0;
        List<Double> latencies = new ArrayList<>();
        for (Question q : questions) {
            long t0 = System.nanoTime();
            List<String> hits = retriever.search(q.text(), 10);
            latencies.add((System.nanoTime() - t0) / 1e6);
            for (int i = 0; i < hits.size(); i++) {
                if (q.relevant().test(hits.get(i))) {
                    at1 += i == 0 ? 1 : 0;
                    at3 += i < 3 ? 1 : 0;
                    rr += 1.0 / (i + 1);
                    break;
                }
            }
        }
        int n = questions.size();
        return new Result(corpus, system, n, (double) at1 / n, (double) at3 / n, rr / n,
                Stats.percentile(latencies, 50), Stats.percentile(latencies, 99));
    }

    private static Retriever standard(KnowledgeBase kb) throws IOException {
        StandardAnalyzer analyzer = new StandardAnalyzer();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (ProgramDocument d : kb.documents()) {
                for (Section s : d.sections()) {
                    Document doc = new Document();
                    doc.add(new StoredField("key", d.id() + "\t" + s.heading()));
                    doc.add(new TextField("text", d.title() + " " + s.heading() + " " + s.text(), Field.Store.NO));
                    w.addDocument(doc);
                }
            }
        }
        IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
        QueryBuilder builder = new QueryBuilder(analyzer);
        return (q, k) -> {
            Query query = builder.createBooleanQuery("text", q, BooleanClause.Occur.SHOULD);
            if (query == null) {
                return List.of();
            }
            List<String> keys = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query, k).scoreDocs) {
                keys.add(searcher.storedFields().document(sd.doc).get("key"));
            }
            return keys;
        };
    }

    private static Retriever embeddings(KnowledgeBase kb) {
        EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        List<TextSegment> segments = new ArrayList<>();
        for (ProgramDocument d : kb.documents()) {
            for (Section s : d.sections()) {
                segments.add(TextSegment.from(d.title() + " " + s.heading() + " " + s.text(),
                        dev.langchain4j.data.document.Metadata.from("key", d.id() + "\t" + s.heading())));
            }
        }
        for (int i = 0; i < segments.size(); i += 64) {
            List<TextSegment> batch = segments.subList(i, Math.min(segments.size(), i + 64));
            store.addAll(model.embedAll(batch).content(), batch);
        }
        return (q, k) -> store.search(EmbeddingSearchRequest.builder().queryEmbedding(model.embed(q).content())
                        .maxResults(k).build()).matches().stream()
                .map(EmbeddingMatch::embedded).map(s -> s.metadata().getString("key")).toList();
    }

    private static String key(SearchHit h) {
        return h.docId() + "\t" + h.section();
    }
}
