package kr.donggu.chatbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The searchable program documents. Built from {@code knowledge/} into {@code DATA_DIR/index}, reused when the
 * knowledge has not changed, rebuilt when it is missing, stale or corrupt. {@link #reload()} builds the next
 * generation beside the current one and swaps it in atomically; searches in flight finish on the old one.
 */
public final class ProgramIndex implements AutoCloseable {

    /** Below this share of the question found in the best program, the question is treated as out of scope. */
    public static final double MIN_COVERAGE = 0.5;
    /** When the question names the program (텃밭, 보나드스토리), less of the rest of it need be found. */
    public static final double MIN_COVERAGE_WHEN_NAMED = 0.15;

    /** Sections considered before programs and sections are ordered; more than any program has. */
    private static final int CANDIDATES = 40;

    /** Only the start of a very long message is searched; a question is rarely longer, and Lucene caps clauses. */
    private static final int MAX_QUESTION_CHARS = 300;

    private static final Logger log = LoggerFactory.getLogger(ProgramIndex.class);

    private final Path knowledgeDir;
    private final Path indexRoot;
    private final Ranking ranking;
    private final AtomicReference<IndexSnapshot> current = new AtomicReference<>();
    private final AtomicLong generation = new AtomicLong();

    private ProgramIndex(Path knowledgeDir, Path indexRoot, Ranking ranking) {
        this.knowledgeDir = knowledgeDir;
        this.indexRoot = indexRoot;
        this.ranking = ranking;
    }

    public static ProgramIndex open(Path knowledgeDir, Path dataDir) {
        ProgramIndex index = new ProgramIndex(knowledgeDir, dataDir.resolve("index"), Ranking.DEFAULT);
        if (Files.isDirectory(index.indexRoot)) {
            index.deleteOtherGenerations(index.indexRoot.resolve("current"));
        }
        index.current.set(index.build(KnowledgeBase.load(knowledgeDir)));
        return index;
    }

    /** An index of documents built in code; {@link #reload()} keeps it as it is. */
    public static ProgramIndex of(KnowledgeBase knowledge, Path dataDir) {
        return of(knowledge, dataDir, Ranking.DEFAULT);
    }

    /** With other ranking weights: for the benchmark's ablation. */
    static ProgramIndex of(KnowledgeBase knowledge, Path dataDir, Ranking ranking) {
        ProgramIndex index = new ProgramIndex(null, dataDir.resolve("index"), ranking);
        index.current.set(index.build(knowledge));
        return index;
    }

    public KnowledgeBase knowledge() {
        return current.get().knowledge;
    }

    /** Staff dictionary lines that Nori rejected and that were therefore skipped. */
    public List<String> rejectedDictionaryLines() {
        return current.get().rejectedDictionaryLines;
    }

    public int chunkCount() {
        return current.get().reader.numDocs();
    }

    public SearchResult search(String question, int maxHits) {
        return search(question, maxHits, null);
    }

    /**
     * @param contextDocId the program the conversation is about, favoured for a follow-up question; may be null
     */
    public SearchResult search(String question, int maxHits, String contextDocId) {
        IndexSnapshot snap = acquire();
        try {
            String text = Normalizer.normalize(question, Normalizer.Form.NFC);
            text = text.length() > MAX_QUESTION_CHARS ? text.substring(0, MAX_QUESTION_CHARS) : text;
            SearchResult free = search(snap, text, maxHits, null);
            if (contextDocId == null || free.named()) {
                return free;
            }
            // a follow-up ("거기는 누가 참여해요?") names no program: it is about the one under discussion
            return search(snap, text, maxHits, contextDocId);
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed on index " + snap.path, e);
        } finally {
            snap.release();
        }
    }

    private static SearchResult search(IndexSnapshot snap, String question, int maxHits, String contextDocId)
            throws IOException {
        QuestionKind kind = QuestionKind.of(question);
        String canonicalized = snap.synonyms.canonicalize(question);
        List<String> content = KoreanAnalyzers.terms(snap.contentAnalyzer, IndexFields.BODY, canonicalized);
        Query query = QueryFactory.build(snap, question, canonicalized, content, contextDocId);
        TopDocs top = snap.searcher.search(query, CANDIDATES);
        List<SectionRanking.Candidate> candidates = candidates(snap, top.scoreDocs);
        List<SearchHit> hits = new ArrayList<>();
        for (SectionRanking.Candidate c : SectionRanking.order(candidates, kind, Math.max(1, maxHits))) {
            IndexSnapshot.Chunk chunk = snap.chunk(c.luceneDoc());
            hits.add(new SearchHit(c.docId(), chunk.doc().title(), c.heading(), chunk.section().text(),
                    (float) c.score()));
        }
        if (hits.isEmpty()) {
            return SearchResult.empty(kind);
        }
        String topDoc = hits.get(0).docId();
        double coverage = Coverage.of(content, snap.docTerms.getOrDefault(topDoc, Set.of()), snap);
        boolean named = Coverage.namesProgram(content, snap.nameTerms.getOrDefault(topDoc, Set.of()), snap)
                || Coverage.mentionsName(canonicalized, snap.knowledge.find(topDoc).orElseThrow());
        // a follow-up is about the program under discussion only if its words belong to that program too
        // ("여권 발급은요?" after a question about 텃밭 is not a follow-up); "그건 언제 해요?" has no words to check
        boolean confident = coverage >= MIN_COVERAGE || (named && coverage >= MIN_COVERAGE_WHEN_NAMED)
                || (contextDocId != null && topDoc.equals(contextDocId) && content.isEmpty());
        return new SearchResult(List.copyOf(hits), kind, coverage, confident, named);
    }

    private static List<SectionRanking.Candidate> candidates(IndexSnapshot snap, ScoreDoc[] hits) {
        List<SectionRanking.Candidate> out = new ArrayList<>(hits.length);
        for (ScoreDoc h : hits) {
            IndexSnapshot.Chunk chunk = snap.chunk(h.doc);
            out.add(new SectionRanking.Candidate(h.doc, chunk.doc().id(), chunk.section().heading(), h.score));
        }
        return out;
    }

    /** Re-reads {@code knowledge/}; when anything changed, builds and swaps in a new generation. */
    public synchronized boolean reload() {
        if (knowledgeDir == null) {
            return false;
        }
        KnowledgeBase fresh = KnowledgeBase.load(knowledgeDir);
        IndexSnapshot old = current.get();
        if (old != null && fresh.fingerprint().equals(old.knowledge.fingerprint())) {
            return false;
        }
        current.set(build(fresh));
        if (old != null) {
            old.release();
            deleteOtherGenerations(current.get().path);
        }
        log.info("Knowledge reloaded: {} documents, {} problems", fresh.documents().size(),
                fresh.report().problems().size());
        return true;
    }

    private IndexSnapshot build(KnowledgeBase knowledge) {
        Path path = indexRoot.resolve("gen-" + knowledge.fingerprint().substring(0, 16) + "-" + generation.incrementAndGet());
        if (generation.get() == 1) {
            path = indexRoot.resolve("current");
        }
        return IndexSnapshot.openOrBuild(knowledge, path, ranking);
    }

    private IndexSnapshot acquire() {
        while (true) {
            IndexSnapshot snap = current.get();
            if (snap.reader.tryIncRef()) {
                return snap;
            }
            // it was swapped out and closed between get() and tryIncRef(): take the new one
        }
    }

    private void deleteOtherGenerations(Path keep) {
        try (Stream<Path> dirs = Files.list(indexRoot)) {
            dirs.filter(p -> !p.equals(keep) && p.getFileName().toString().startsWith("gen-"))
                    .forEach(p -> {
                        try {
                            IndexFiles.deleteRecursively(p);
                        } catch (UncheckedIOException e) {
                            log.warn("Could not delete old index generation {}", p);
                        }
                    });
        } catch (IOException e) {
            log.warn("Could not list index generations in {}", indexRoot);
        }
    }

    @Override
    public void close() {
        IndexSnapshot snap = current.getAndSet(null);
        if (snap != null) {
            snap.release();
        }
    }
}
