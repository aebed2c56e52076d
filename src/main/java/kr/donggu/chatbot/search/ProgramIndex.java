package kr.donggu.chatbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import kr.donggu.chatbot.knowledge.DocumentSource;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The searchable program documents. Built from {@code knowledge/} into {@code DATA_DIR/index}, reused when the
 * knowledge has not changed, rebuilt when it is missing, stale or corrupt. {@link #reload()} builds the next
 * generation beside the current one and swaps it in atomically; searches in flight finish on the old one.
 */
public final class ProgramIndex implements AutoCloseable {

    /** Only the start of a very long message is searched; a question is rarely longer, and Lucene caps clauses. */
    private static final int MAX_QUESTION_CHARS = 300;
    /** A follow-up is taken as a new question when another program covers this much more of it. */
    private static final double CLEARLY_ELSEWHERE = 0.25;

    private static final Logger log = LoggerFactory.getLogger(ProgramIndex.class);

    private final Path knowledgeDir;
    private final DocumentSource documents;
    private final Path indexRoot;
    private final Ranking ranking;
    private final AtomicReference<IndexSnapshot> current = new AtomicReference<>();
    private final AtomicLong generation = new AtomicLong();

    private ProgramIndex(Path knowledgeDir, DocumentSource documents, Path indexRoot, Ranking ranking) {
        this.knowledgeDir = knowledgeDir;
        this.documents = documents;
        this.indexRoot = indexRoot;
        this.ranking = ranking;
    }

    public static ProgramIndex open(Path knowledgeDir, Path dataDir) {
        return open(knowledgeDir, dataDir, DocumentSource.folder(knowledgeDir));
    }

    /** The dictionary of {@code knowledgeDir} with the documents of {@code documents} (the folder, or the database). */
    public static ProgramIndex open(Path knowledgeDir, Path dataDir, DocumentSource documents) {
        ProgramIndex index = new ProgramIndex(knowledgeDir, documents, dataDir.resolve("index"), Ranking.DEFAULT);
        if (Files.isDirectory(index.indexRoot)) {
            index.deleteOtherGenerations(index.indexRoot.resolve("current"));
        }
        index.current.set(index.build(KnowledgeBase.load(knowledgeDir, documents)));
        return index;
    }

    /** An index of documents built in code; {@link #reload()} keeps it as it is. */
    public static ProgramIndex of(KnowledgeBase knowledge, Path dataDir) {
        return of(knowledge, dataDir, Ranking.DEFAULT);
    }

    /** With other ranking weights: for the benchmark's ablation. */
    static ProgramIndex of(KnowledgeBase knowledge, Path dataDir, Ranking ranking) {
        ProgramIndex index = new ProgramIndex(null, null, dataDir.resolve("index"), ranking);
        index.current.set(index.build(knowledge));
        return index;
    }

    public KnowledgeBase knowledge() {
        return snapshot().knowledge;
    }

    /** The language data of the knowledge currently served. */
    public kr.donggu.chatbot.knowledge.Lexicon lexicon() {
        return knowledge().vocabulary().lexicon();
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
     * @param contextDocId the document the conversation is about; a question that names nothing is looked for there
     *                     first (a follow-up), unless another document clearly answers it better; may be null
     */
    public SearchResult search(String question, int maxHits, String contextDocId) {
        IndexSnapshot snap = acquire();
        try {
            String text = prepared(question);
            SnapshotSearch.Understanding u = SnapshotSearch.understand(snap, text);
            SearchResult free = SnapshotSearch.run(snap, u, maxHits, null);
            if (contextDocId == null || u.named() || snap.knowledge.find(contextDocId).isEmpty()) {
                return free;
            }
            // a follow-up ("거기는 누가 참여해요?") names nothing: it is about the document under discussion, unless
            // its words clearly belong to another one ("홍보는 어떤 매체로 했어요?" after 텃밭)
            SearchResult followUp = SnapshotSearch.run(snap, u, maxHits, contextDocId);
            boolean elsewhere = free.confident() && !free.isCatalog()
                    && free.coverage() >= followUp.coverage() + CLEARLY_ELSEWHERE;
            return followUp.confident() && !elsewhere ? followUp : free;
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed on index " + snap.path, e);
        } finally {
            snap.release();
        }
    }

    /** A listing of the given documents, as "어떤 사업이 있나요?" gets (for "나머지는?" after a list). */
    public SearchResult catalog(List<String> docIds, String question) {
        List<String> known = docIds.stream().filter(id -> knowledge().find(id).isPresent()).toList();
        return new SearchResult(List.of(), kr.donggu.chatbot.knowledge.QuestionKind.LIST, 1, !known.isEmpty(), false,
                List.of(), known, List.of(), false, question);
    }

    /** Lucene's ranking alone (no evidence, no conversation): what retrieval benchmarks compare. */
    public List<SearchHit> rank(String question, int maxHits) {
        IndexSnapshot snap = acquire();
        try {
            return SnapshotSearch.rank(snap, prepared(question), maxHits);
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed on index " + snap.path, e);
        } finally {
            snap.release();
        }
    }

    /** Of the given documents, the one that accounts for most of the question; null when none accounts for any. */
    public String bestOf(List<String> docIds, String question) {
        IndexSnapshot snap = acquire();
        try {
            SnapshotSearch.Understanding u = SnapshotSearch.understand(snap, Normalizer.normalize(question,
                    Normalizer.Form.NFC));
            String best = null;
            double bestCoverage = 0;
            for (String id : docIds) {
                double c = Coverage.of(u.slots(), snap.docTerms.getOrDefault(id, java.util.Set.of()), snap,
                        u.passing());
                if (c > bestCoverage) {
                    best = id;
                    bestCoverage = c;
                }
            }
            return best != null ? best : byPartOfName(snap, docIds, u.slots());
        } finally {
            snap.release();
        }
    }

    /**
     * "그중 책이랑 관련된 건?": a word that is part of one listed item's name (책 of 독립책방) picks it, when no item's
     * text uses the word as such and no other item's name holds it.
     */
    private static String byPartOfName(IndexSnapshot snap, List<String> docIds, List<TermGroups.Slot> slots) {
        List<String> words = slots.stream().filter(s -> !Coverage.isGeneric(s, snap))
                .map(s -> String.join("", s.original())).toList();
        List<String> holding = docIds.stream().filter(id -> snap.knowledge.find(id)
                .map(d -> d.names().stream().map(Texts::compact).anyMatch(n -> words.stream().anyMatch(n::contains)))
                .orElse(false)).toList();
        return holding.size() == 1 ? holding.get(0) : null;
    }

    /** A question's content words with their equivalents, to compare it with other questions (curated answers). */
    public QuestionTerms questionTerms(String question) {
        IndexSnapshot snap = acquire();
        try {
            SnapshotSearch.Understanding u = SnapshotSearch.understand(snap, prepared(question));
            Set<String> nameTerms = new HashSet<>();
            u.namedDocs().forEach(d -> nameTerms.addAll(snap.nameTerms.getOrDefault(d, Set.of())));
            return QuestionTerms.of(u, snap.lexicon, nameTerms);
        } finally {
            snap.release();
        }
    }

    private static String prepared(String question) {
        String text = Normalizer.normalize(question, Normalizer.Form.NFC);
        return text.length() > MAX_QUESTION_CHARS ? text.substring(0, MAX_QUESTION_CHARS) : text;
    }

    /** The documents and people a text names (by title, alias or name), in order. */
    public List<Mention> mentions(String text) {
        return namesIn(text, EntityNames::in);
    }

    /** As {@link #mentions(String)}, names written exactly: for the service's own replies. */
    public List<Mention> mentionsExactly(String text) {
        return namesIn(text, EntityNames::exactlyIn);
    }

    private List<Mention> namesIn(String text, java.util.function.BiFunction<EntityNames, String, List<Mention>> find) {
        IndexSnapshot snap = acquire();
        try {
            return find.apply(snap.entityNames, Normalizer.normalize(text, Normalizer.Form.NFC));
        } finally {
            snap.release();
        }
    }

    /** The message as the bot reads it: dialect and colloquial forms in standard Korean, rambling reduced. */
    public String normalize(String message) {
        IndexSnapshot snap = acquire();
        try {
            return snap.normalizer.normalize(Normalizer.normalize(message, Normalizer.Form.NFC));
        } finally {
            snap.release();
        }
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
        KnowledgeBase fresh = KnowledgeBase.load(knowledgeDir, documents, old.knowledge);
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
        return IndexSnapshot.openOrBuild(knowledge, path, ranking);
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
    public synchronized void close() {
        IndexSnapshot snap = current.getAndSet(null);
        if (snap != null) {
            snap.retire(false);
        }
    }
}
