package kr.donggu.chatbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.Section;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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

    /** Bump when analysis or fields change, so an index on disk built the old way is rebuilt. */
    static final String FORMAT = "v4";

    final KnowledgeBase knowledge;
    final DirectoryReader reader;
    final IndexSearcher searcher;
    final Analyzer analyzer;
    final Analyzer contentAnalyzer;
    final Synonyms synonyms;
    final List<String> rejectedDictionaryLines;
    final Map<String, Set<String>> docTerms = new HashMap<>();
    final Map<String, Integer> docFrequency = new HashMap<>();
    /** Per program, the content words of its title and keywords: what people call it. */
    final Map<String, Set<String>> nameTerms = new HashMap<>();
    /** The vocabulary with its jamo, computed once, for typo correction. */
    private List<Spelling> vocabularyJamo = List.of();
    final Path path;
    private final Directory directory;
    private final AtomicInteger references = new AtomicInteger(1);
    private volatile boolean retired;

    private IndexSnapshot(KnowledgeBase knowledge, Path path, UserDictionaries.Loaded dict, Analyzer analyzer,
                          Analyzer contentAnalyzer) throws IOException {
        this.knowledge = knowledge;
        this.path = path;
        this.rejectedDictionaryLines = dict.rejectedLines();
        this.analyzer = analyzer;
        this.contentAnalyzer = contentAnalyzer;
        this.synonyms = new Synonyms(knowledge.vocabulary().synonymGroups());
        String stamp = FORMAT + ":" + knowledge.fingerprint();
        if (!isCurrent(path, stamp)) {
            write(path, stamp);
        }
        this.directory = FSDirectory.open(path);
        DirectoryReader opened;
        try {
            opened = DirectoryReader.open(directory);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        this.reader = opened;
        this.searcher = new IndexSearcher(reader);
        try {
            collectTerms();
        } catch (RuntimeException | Error e) {
            IOUtils.closeWhileHandlingException(reader, directory);
            throw e;
        }
    }

    /** Opens the index at {@code path} if it was built from this knowledge, and rebuilds it otherwise. */
    static IndexSnapshot openOrBuild(KnowledgeBase knowledge, Path path) {
        try {
            return open(knowledge, path);
        } catch (IOException | RuntimeException firstTry) {
            // a corrupt or half-written index: start that directory over
            deleteRecursively(path);
            try {
                return open(knowledge, path);
            } catch (IOException e) {
                throw new UncheckedIOException("Failed to build the search index in " + path, e);
            }
        }
    }

    private static IndexSnapshot open(KnowledgeBase knowledge, Path path) throws IOException {
        UserDictionaries.Loaded dict = UserDictionaries.from(knowledge.vocabulary().userDictionary());
        Analyzer analyzer = KoreanAnalyzers.forIndex(dict.dictionary());
        Analyzer content = contentWords(dict.dictionary());
        try {
            return new IndexSnapshot(knowledge, path, dict, analyzer, content);
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
                    deleteRecursively(path);
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

    private static boolean isCurrent(Path path, String stamp) {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Directory dir = FSDirectory.open(path); DirectoryReader r = DirectoryReader.open(dir)) {
            return stamp.equals(r.getIndexCommit().getUserData().get(IndexFields.FINGERPRINT));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void write(Path path, String stamp) throws IOException {
        deleteRecursively(path);
        Files.createDirectories(path);
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (Directory dir = FSDirectory.open(path); IndexWriter writer = new IndexWriter(dir, config)) {
            for (ProgramDocument doc : knowledge.documents()) {
                for (int i = 0; i < doc.sections().size(); i++) {
                    writer.addDocument(chunk(doc, i, doc.sections().get(i)));
                }
            }
            writer.setLiveCommitData(Map.of(IndexFields.FINGERPRINT, stamp).entrySet());
            writer.commit();
        }
    }

    private static Document chunk(ProgramDocument doc, int index, Section section) {
        Document d = new Document();
        String keywords = String.join(" ", doc.keywords());
        d.add(new StringField(IndexFields.CHUNK_ID, doc.id() + "#" + index, Field.Store.YES));
        d.add(new StringField(IndexFields.DOC_ID, doc.id(), Field.Store.YES));
        // doc values: ranking reads these for every candidate without decompressing stored fields
        d.add(new SortedDocValuesField(IndexFields.DOC_ID, new BytesRef(doc.id())));
        d.add(new SortedDocValuesField(IndexFields.HEADING, new BytesRef(section.heading())));
        d.add(new StringField(IndexFields.HEADING + "_exact", section.heading(), Field.Store.NO));
        d.add(new TextField(IndexFields.TITLE, doc.title(), Field.Store.YES));
        d.add(new TextField(IndexFields.HEADING, section.heading(), Field.Store.YES));
        d.add(new TextField(IndexFields.KEYWORDS, keywords, Field.Store.NO));
        d.add(new TextField(IndexFields.BODY, section.text(), Field.Store.YES));
        d.add(new TextField(IndexFields.BIGRAMS, doc.title() + " " + keywords + " " + section.text(), Field.Store.NO));
        d.add(new StoredField("order", index));
        return d;
    }

    /** Per program, the content words of all its text; per word, in how many programs it occurs. */
    private void collectTerms() {
        for (ProgramDocument doc : knowledge.documents()) {
            StringBuilder all = new StringBuilder(doc.title()).append(' ').append(String.join(" ", doc.keywords()));
            doc.sections().forEach(s -> all.append(' ').append(s.heading()).append(' ').append(s.text()));
            Set<String> terms = new HashSet<>(KoreanAnalyzers.terms(contentAnalyzer, IndexFields.BODY, all.toString()));
            nameTerms.put(doc.id(), new HashSet<>(KoreanAnalyzers.terms(contentAnalyzer, IndexFields.BODY,
                    doc.title() + " " + String.join(" ", doc.keywords()))));
            docTerms.put(doc.id(), terms);
            terms.forEach(t -> docFrequency.merge(t, 1, Integer::sum));
        }
        vocabularyJamo = docFrequency.keySet().stream().filter(w -> w.length() >= 2)
                .map(w -> new Spelling(w, Coverage.jamo(w))).toList();
    }

    /** Words that say nothing about which program is meant: English function words, the district's name. */
    private static final CharArraySet QUESTION_WORDS = new CharArraySet(List.of(
            "a", "an", "the", "is", "are", "was", "were", "be", "do", "does", "did", "what", "who", "whom", "when",
            "where", "why", "how", "which", "can", "could", "will", "would", "should", "i", "we", "you", "me", "my",
            "our", "us", "it", "its", "this", "that", "there", "of", "in", "on", "for", "to", "and", "or", "with",
            "about", "please", "tell", "know", "want", "any", "much", "many", "if", "at", "by", "from", "as", "so",
            "get", "have", "has", "take", "part", "join", "program", "programs", "project", "projects", "there",
            "any", "some", "something", "anything", "way", "like", "need", "help",
            // every document is about Dong-gu, Gwangju: these words never tell one program from another
            "동구", "광주", "광역시", "청", "구청", "donggu", "gwangju"), true);

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
    private static Analyzer contentWords(UserDictionary dictionary) {
        Set<POS.Tag> stop = EnumSet.copyOf(KoreanAnalyzers.STOP_TAGS);
        stop.addAll(List.of(POS.Tag.VV, POS.Tag.VA, POS.Tag.VX, POS.Tag.VCP, POS.Tag.VCN, POS.Tag.NP, POS.Tag.NNB,
                POS.Tag.XR, POS.Tag.XPN));
        return KoreanAnalyzers.nori(dictionary, stop, QUESTION_WORDS);
    }

    static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to delete " + path, e);
        }
    }
}
