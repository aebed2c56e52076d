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
import org.apache.lucene.document.Document;
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
    private final AtomicReference<IndexSnapshot> current = new AtomicReference<>();
    private final AtomicLong generation = new AtomicLong();

    private ProgramIndex(Path knowledgeDir, Path indexRoot) {
        this.knowledgeDir = knowledgeDir;
        this.indexRoot = indexRoot;
    }

    public static ProgramIndex open(Path knowledgeDir, Path dataDir) {
        ProgramIndex index = new ProgramIndex(knowledgeDir, dataDir.resolve("index"));
        if (Files.isDirectory(index.indexRoot)) {
            index.deleteOtherGenerations(index.indexRoot.resolve("current"));
        }
        index.current.set(index.build(KnowledgeBase.load(knowledgeDir)));
        return index;
    }

    /** An index of documents built in code; {@link #reload()} keeps it as it is. */
    public static ProgramIndex of(KnowledgeBase knowledge, Path dataDir) {
        ProgramIndex index = new ProgramIndex(null, dataDir.resolve("index"));
        index.current.set(index.build(knowledge));
        return index;
    }

    public KnowledgeBase knowledge() {
        return snapshot().knowledge;
    }

    /** Staff dictionary lines that Nori rejected and that were therefore skipped. */
    public List<String> rejectedDictionaryLines() {
        return snapshot().rejectedDictionaryLines;
    }

    public int chunkCount() {
        IndexSnapshot snap = acquire();
        try {
            return snap.reader.numDocs();
        } finally {
            snap.release();
        }
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
            Document d = snap.searcher.storedFields().document(c.luceneDoc());
            hits.add(new SearchHit(c.docId(), d.get(IndexFields.TITLE), c.heading(), d.get(IndexFields.BODY),
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

    /** Program and heading of each hit from doc values, read in doc-id order as doc values iterators require. */
    private static List<SectionRanking.Candidate> candidates(IndexSnapshot snap, ScoreDoc[] hits) throws IOException {
        ScoreDoc[] byDoc = hits.clone();
        java.util.Arrays.sort(byDoc, java.util.Comparator.comparingInt(h -> h.doc));
        java.util.Map<Integer, String[]> values = new java.util.HashMap<>();
        var leaves = snap.reader.leaves();
        int leafIndex = -1;
        org.apache.lucene.index.SortedDocValues ids = null;
        org.apache.lucene.index.SortedDocValues headings = null;
        int base = 0;
        for (ScoreDoc h : byDoc) {
            int leaf = org.apache.lucene.index.ReaderUtil.subIndex(h.doc, leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                base = leaves.get(leaf).docBase;
                ids = org.apache.lucene.index.DocValues.getSorted(leaves.get(leaf).reader(), IndexFields.DOC_ID);
                headings = org.apache.lucene.index.DocValues.getSorted(leaves.get(leaf).reader(), IndexFields.HEADING);
            }
            values.put(h.doc, new String[] {value(ids, h.doc - base), value(headings, h.doc - base)});
        }
        List<SectionRanking.Candidate> out = new ArrayList<>(hits.length);
        for (ScoreDoc h : hits) {
            String[] v = values.get(h.doc);
            out.add(new SectionRanking.Candidate(h.doc, v[0], v[1], h.score));
        }
        return out;
    }

    private static String value(org.apache.lucene.index.SortedDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
    }

    /** Re-reads {@code knowledge/}; when anything changed, builds and swaps in a new generation. */
    public synchronized boolean reload() {
        if (knowledgeDir == null) {
            return false;
        }
        IndexSnapshot old = current.get();
        if (old == null) {
            return false;   // closed
        }
        KnowledgeBase fresh = KnowledgeBase.load(knowledgeDir, old.knowledge);
        if (fresh.fingerprint().equals(old.knowledge.fingerprint())) {
            return false;
        }
        current.set(build(fresh));
        old.retire(!old.path.equals(current.get().path) && old.path.getFileName().toString().startsWith("gen-"));
        log.info("Knowledge reloaded: {} documents, {} problems", fresh.documents().size(),
                fresh.report().problems().size());
        fresh.report().problems().forEach(p -> log.warn("Knowledge problem: {}", p));
        return true;
    }

    private IndexSnapshot build(KnowledgeBase knowledge) {
        Path path = indexRoot.resolve("gen-" + knowledge.fingerprint().substring(0, 16) + "-" + generation.incrementAndGet());
        if (generation.get() == 1) {
            path = indexRoot.resolve("current");
        }
        return IndexSnapshot.openOrBuild(knowledge, path);
    }

    /** The generation in service now; for tests of the generations' life cycle. */
    IndexSnapshot currentSnapshot() {
        return snapshot();
    }

    private IndexSnapshot snapshot() {
        IndexSnapshot snap = current.get();
        if (snap == null) {
            throw new IllegalStateException("The program index is closed");
        }
        return snap;
    }

    private IndexSnapshot acquire() {
        while (true) {
            IndexSnapshot snap = snapshot();
            if (snap.tryAcquire()) {
                return snap;
            }
            // it was swapped out and closed between get() and tryAcquire(): take the new one
        }
    }

    private void deleteOtherGenerations(Path keep) {
        try (Stream<Path> dirs = Files.list(indexRoot)) {
            dirs.filter(p -> !p.equals(keep) && p.getFileName().toString().startsWith("gen-"))
                    .forEach(p -> {
                        try {
                            IndexSnapshot.deleteRecursively(p);
                        } catch (UncheckedIOException e) {
                            log.warn("Could not delete old index generation {}", p);
                        }
                    });
        } catch (IOException e) {
            log.warn("Could not list index generations in {}", indexRoot);
        }
    }

    @Override
    public synchronized void close() {
        IndexSnapshot snap = current.getAndSet(null);
        if (snap != null) {
            snap.retire(false);
        }
    }
}
