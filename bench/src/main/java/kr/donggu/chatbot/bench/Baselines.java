package kr.donggu.chatbot.bench;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.Section;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The systems the product is compared with, built over exactly the chunks the product indexes: one per section, its
 * text being the document's title (empty when the corpus has none), the heading and the section text. The baselines
 * live here only, never in the product.
 */
final class Baselines {

    /** Search returning chunk keys, "docId\theading", best first. */
    interface Retriever {
        List<String> search(String question, int k) throws IOException;
    }

    private Baselines() {
    }

    /** One field, the analyzer's own defaults, Lucene's BM25 (k1 1.2, b 0.75), the raw question. */
    static Retriever bm25(KnowledgeBase kb, Analyzer analyzer) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (Chunk c : chunks(kb)) {
                Document doc = new Document();
                doc.add(new StoredField("key", c.key()));
                doc.add(new TextField("text", c.text(), Field.Store.NO));
                w.addDocument(doc);
            }
        }
        IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
        QueryBuilder builder = new QueryBuilder(analyzer);
        return (q, k) -> {
            Query query = builder.createBooleanQuery("text", q);
            List<String> keys = new ArrayList<>();
            if (query != null) {
                for (ScoreDoc sd : searcher.search(query, k).scoreDocs) {
                    keys.add(searcher.storedFields().document(sd.doc).get("key"));
                }
            }
            return keys;
        };
    }

    /** LangChain4j's in-process all-MiniLM-L6-v2 with its in-memory store: what easy-RAG gives a new user. */
    static Retriever embeddings(KnowledgeBase kb) {
        EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        List<TextSegment> segments = chunks(kb).stream()
                .map(c -> TextSegment.from(c.text(), Metadata.from("key", c.key()))).toList();
        for (int i = 0; i < segments.size(); i += 64) {
            List<TextSegment> batch = segments.subList(i, Math.min(segments.size(), i + 64));
            store.addAll(model.embedAll(batch).content(), batch);
        }
        return (q, k) -> store.search(EmbeddingSearchRequest.builder().queryEmbedding(model.embed(q).content())
                        .maxResults(k).build()).matches().stream()
                .map(EmbeddingMatch::embedded).map(s -> s.metadata().getString("key")).toList();
    }

    private record Chunk(String key, String text) {
    }

    private static List<Chunk> chunks(KnowledgeBase kb) {
        List<Chunk> out = new ArrayList<>();
        for (ProgramDocument d : kb.documents()) {
            for (Section s : d.sections()) {
                out.add(new Chunk(d.id() + "\t" + s.heading(), (d.title() + " " + s.heading() + " " + s.text()).strip()));
            }
        }
        return out;
    }
}
