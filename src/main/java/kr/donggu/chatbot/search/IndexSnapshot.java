package kr.donggu.chatbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.Lexicon;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.RecentResults;
import kr.donggu.chatbot.knowledge.Section;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * One immutable generation of the index: the knowledge it was built from, its directory, reader and analyzers.
 * Reference-counted: the index holds one reference while the generation is current and each search one more, so a
 * search that started on an old generation finishes after a swap; the last release closes reader, directory and
 * analyzers, and deletes a retired generation's files.
 */
final class IndexSnapshot {

    final KnowledgeBase knowledge;
    final DirectoryReader reader;
    final IndexSearcher searcher;
    final Analyzer analyzer;
    final Ranking ranking;
    final Analyzer contentAnalyzer;
    final Lexicon lexicon;
    final QuestionNormalizer normalizer;
    final TermGroups termGroups;
    final EntityNames entityNames;
    final EvidenceRanker evidence;
    final List<String> rejectedDictionaryLines;
    final Map<String, Set<String>> docTerms = new HashMap<>();
    final Map<String, Integer> docFrequency = new HashMap<>();
    /** Per word, the documents that use it (for the rare words of a question). */
    final Map<String, List<String>> termDocs = new HashMap<>();
    /** Per document, the content words of its title and aliases: what people call it. */
    final Map<String, Set<String>> nameTerms = new HashMap<>();
    /** Per Lucene doc id, the program and section it indexes: hits are built from memory, not stored fields. */
    private final Chunk[] chunks;
    /** The searched fields' terms, each one's statistics read once. */
    final IndexedTerms indexedTerms;
    /** The vocabulary with its jamo, computed once, for typo correction. */
    private List<Spelling> vocabularyJamo = List.of();
    final Path path;
    private final Directory directory;
    private final AtomicInteger references = new AtomicInteger(1);
    private volatile boolean retired;

    private IndexSnapshot(KnowledgeBase knowledge, Path path, Ranking ranking, UserDictionaries.Loaded dict,
                          Analyzer analyzer, Analyzer contentAnalyzer) throws IOException {
        this.knowledge = knowledge;
        this.path = path;
        this.ranking = ranking;
        this.rejectedDictionaryLines = dict.rejectedLines();
        this.analyzer = analyzer;
        this.lexicon = knowledge.vocabulary().lexicon();
        this.contentAnalyzer = contentAnalyzer;
        this.recentQueryTerms = new RecentResults<>(
                t -> List.copyOf(KoreanAnalyzers.terms(analyzer, IndexFields.BODY, t)));
        this.recentTerms = new RecentResults<>(
                t -> List.copyOf(KoreanAnalyzers.terms(contentAnalyzer, IndexFields.BODY, t)));
        List<List<String>> groups = new java.util.ArrayList<>(lexicon.synonyms());
        groups.addAll(lexicon.paraphrases());
        this.termGroups = new TermGroups(groups, this::contentTerms);
        this.entityNames = new EntityNames(knowledge, dict.dictionary());
        this.normalizer = new QuestionNormalizer(lexicon.colloquial(), t -> !entityNames.in(t).isEmpty());
        this.directory = FSDirectory.open(path);
        DirectoryReader opened = null;
        try {
            opened = IndexFiles.openOrWrite(directory, path, knowledge, analyzer, ranking);
            this.reader = opened;
            this.searcher = new IndexSearcher(reader);
            searcher.setSimilarity(ranking.similarity());
            this.indexedTerms = new IndexedTerms(searcher);
            this.chunks = readChunks();
            collectTerms();
            this.evidence = new EvidenceRanker(new DocumentSentences(this::contentTerms, lexicon.conversation(),
                    entityNames), nameTerms, idsOf(kr.donggu.chatbot.knowledge.EntityKind.PROGRAM),
                    idsOf(kr.donggu.chatbot.knowledge.EntityKind.ORGANISATION));
        } catch (IOException | RuntimeException | Error e) {
            IOUtils.closeWhileHandlingException(opened, directory);
            throw e;
        }
    }

    Set<String> idsOf(kr.donggu.chatbot.knowledge.EntityKind kind) {
        return knowledge.documents().stream().filter(d -> d.kind() == kind).map(ProgramDocument::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Whether a word is part of what people call some document (텃밭, 보나드스토리). */
    boolean isNameTerm(String word) {
        return nameTerms.values().stream().anyMatch(t -> t.contains(word));
    }

    /** The content words of a text: nouns, foreign words and numbers, without stop words. */
    List<String> contentTerms(String text) {
        return recentTerms.apply(text);
    }

    private final RecentResults<String, List<String>> recentTerms;

    /** The terms the index analyzer makes of a question: a follow-up is searched twice, both times with these. */
    List<String> queryTerms(String question) {
        return recentQueryTerms.apply(question);
    }

    private final RecentResults<String, List<String>> recentQueryTerms;

    /**
     * The content words of a word or phrase from the vocabulary or the documents (a role, an attribute, a person's
     * name): there are only so many, and each message looks up dozens of them, so each is analysed once.
     */
    List<String> vocabularyTerms(String word) {
        List<String> known = vocabularyTerms.get(word);
        if (known != null) {
            return known;
        }
        List<String> terms = List.copyOf(KoreanAnalyzers.terms(contentAnalyzer, IndexFields.BODY, word));
        if (vocabularyTerms.size() < MAX_VOCABULARY_TERMS) {
            vocabularyTerms.put(word, terms);
        }
        return terms;
    }

    private static final int MAX_VOCABULARY_TERMS = 10_000;
    private final Map<String, List<String>> vocabularyTerms = new java.util.concurrent.ConcurrentHashMap<>();

    record Chunk(ProgramDocument doc, Section section) {
    }

    Chunk chunk(int luceneDoc) {
        return chunks[luceneDoc];
    }

    private Chunk[] readChunks() throws IOException {
        Chunk[] out = new Chunk[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues ids = DocValues.getSorted(leaf.reader(), IndexFields.DOC_ID);
            NumericDocValues order = DocValues.getNumeric(leaf.reader(), IndexFields.ORDER);
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (ids.advanceExact(doc) && order.advanceExact(doc)) {
                    ProgramDocument program = knowledge.find(ids.lookupOrd(ids.ordValue()).utf8ToString()).orElseThrow();
                    out[leaf.docBase + doc] = new Chunk(program, program.sections().get((int) order.longValue()));
                }
            }
        }
        return out;
    }

    /** Opens the index at {@code path} if it was built from this knowledge, and rebuilds it otherwise. */
    static IndexSnapshot openOrBuild(KnowledgeBase knowledge, Path path, Ranking ranking) {
        try {
            return open(knowledge, path, ranking);
        } catch (IOException | RuntimeException firstTry) {
            // a corrupt or half-written index: start that directory over
            IndexFiles.deleteRecursively(path);
            try {
                return open(knowledge, path, ranking);
            } catch (IOException e) {
                throw new UncheckedIOException("Failed to build the search index in " + path, e);
            }
        }
    }

    private static IndexSnapshot open(KnowledgeBase knowledge, Path path, Ranking ranking) throws IOException {
        UserDictionaries.Loaded dict = UserDictionaries.from(knowledge.vocabulary().userDictionary());
        Analyzer analyzer = KoreanAnalyzers.forIndex(dict.dictionary());
        Analyzer content = contentWords(dict.dictionary(), knowledge.vocabulary().lexicon().stopwords());
        try {
            return new IndexSnapshot(knowledge, path, ranking, dict, analyzer, content);
        } catch (IOException | RuntimeException | Error e) {
            IOUtils.closeWhileHandlingException(analyzer, content);
            throw e;
        }
    }

    /** A reference for one search; false once the generation has been closed (take the current one instead). */
    boolean tryAcquire() {
        while (true) {
            int n = references.get();
            if (n <= 0) {
                return false;
            }
            if (references.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    /** Gives back a reference; the last one closes everything the generation opened. */
    void release() {
        if (references.decrementAndGet() == 0) {
            try {
                IOUtils.close(reader, directory, analyzer, contentAnalyzer);
            } catch (IOException e) {
                throw new UncheckedIOException("Failed to close index generation " + path, e);
            } finally {
                if (retired) {
                    IndexFiles.deleteRecursively(path);
                }
            }
        }
    }

    /** No longer current: gives back the index's reference, and its files go once the last search is done. */
    void retire(boolean deleteFiles) {
        retired = deleteFiles;
        release();
    }

    boolean isClosed() {
        return references.get() <= 0;
    }

    /** Per program, the content words of all its text; per word, in how many programs it occurs. */
    private void collectTerms() {
        for (ProgramDocument doc : knowledge.documents()) {
            StringBuilder all = new StringBuilder(doc.title()).append(' ').append(String.join(" ", doc.keywords()));
            doc.sections().forEach(s -> all.append(' ').append(s.heading()).append(' ').append(s.text()));
            Set<String> terms = new HashSet<>(KoreanAnalyzers.terms(contentAnalyzer, IndexFields.BODY, all.toString()));
            // what people call it: its aliases and the words of its title, but not the generic words of a descriptive
            // title (…와 함께하는 도심 텃밭 운영: 운영 is what the question may ask about)
            Set<String> names = new HashSet<>(contentTerms(String.join(" ", doc.names())));
            names.removeAll(lexicon.generic());
            nameTerms.put(doc.id(), names);
            docTerms.put(doc.id(), terms);
            terms.forEach(t -> {
                docFrequency.merge(t, 1, Integer::sum);
                termDocs.computeIfAbsent(t, k -> new java.util.ArrayList<>(2)).add(doc.id());
            });
        }
        vocabularyJamo = docFrequency.keySet().stream().filter(w -> w.length() >= 2)
                .map(w -> new Spelling(w, Coverage.jamo(w))).toList();
    }

    /**
     * Words of the index one typing slip (one jamo) away from a word it does not know: 텃빹 → 텃밭. Linear in the
     * vocabulary, which is small; only run for words no program uses.
     */
    List<String> spellings(String unknown) {
        if (unknown.length() < 2) {
            return List.of();
        }
        int[] target = Coverage.jamo(unknown);
        List<String> out = new java.util.ArrayList<>(3);
        for (Spelling s : vocabularyJamo) {
            // one jamo more or less never changes the syllable count by more than one: skip the rest cheaply
            if (Math.abs(s.word().length() - unknown.length()) <= 1 && Math.abs(s.jamo().length - target.length) <= 1
                    && Coverage.levenshteinAtMostOne(target, s.jamo())) {
                out.add(s.word());
                if (out.size() == 3) {
                    break;
                }
            }
        }
        return out;
    }

    private record Spelling(String word, int[] jamo) {
    }

    /** Nori keeping nouns, foreign words and numbers only: the words that say what a question is about. */
    private static Analyzer contentWords(UserDictionary dictionary, Set<String> stopwords) {
        Set<POS.Tag> stop = EnumSet.copyOf(KoreanAnalyzers.STOP_TAGS);
        stop.addAll(List.of(POS.Tag.VV, POS.Tag.VA, POS.Tag.VX, POS.Tag.VCP, POS.Tag.VCN, POS.Tag.NP, POS.Tag.NNB,
                POS.Tag.XR, POS.Tag.XPN));
        return KoreanAnalyzers.nori(dictionary, stop, new CharArraySet(stopwords, true));
    }
}
