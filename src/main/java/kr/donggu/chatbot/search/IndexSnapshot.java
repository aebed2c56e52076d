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
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.Lexicon;
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
import org.apache.lucene.store.FSDirectory;

/**
 * One immutable generation of the index: the knowledge it was built from, its reader and its analyzers.
 * Readers are reference-counted so a search that started on an old generation finishes after a swap.
 */
final class IndexSnapshot {

    /** Bump when analysis or fields change, so an index on disk built the old way is rebuilt. */
    static final String FORMAT = "v5";

    final KnowledgeBase knowledge;
    final DirectoryReader reader;
    final IndexSearcher searcher;
    final Analyzer analyzer;
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
    /** The vocabulary with its jamo, computed once, for typo correction. */
    private List<Spelling> vocabularyJamo = List.of();
    final Path path;

    private IndexSnapshot(KnowledgeBase knowledge, Path path) throws IOException {
        this.knowledge = knowledge;
        this.path = path;
        UserDictionaries.Loaded dict = UserDictionaries.from(knowledge.vocabulary().userDictionary());
        this.rejectedDictionaryLines = dict.rejectedLines();
        this.analyzer = KoreanAnalyzers.forIndex(dict.dictionary());
        this.lexicon = knowledge.vocabulary().lexicon();
        this.contentAnalyzer = contentWords(dict.dictionary(), lexicon.stopwords());
        List<List<String>> groups = new java.util.ArrayList<>(lexicon.synonyms());
        groups.addAll(lexicon.paraphrases());
        this.termGroups = new TermGroups(groups, this::contentTerms);
        this.entityNames = new EntityNames(knowledge, dict.dictionary());
        this.normalizer = new QuestionNormalizer(lexicon.colloquial(), t -> !entityNames.in(t).isEmpty());
        String stamp = FORMAT + ":" + knowledge.fingerprint();
        if (!isCurrent(path, stamp)) {
            write(path, stamp);
        }
        this.reader = DirectoryReader.open(FSDirectory.open(path));
        this.searcher = new IndexSearcher(reader);
        collectTerms();
        this.evidence = new EvidenceRanker(new DocumentSentences(this::contentTerms, lexicon.conversation(), entityNames),
                nameTerms, idsOf(kr.donggu.chatbot.knowledge.EntityKind.PROGRAM),
                idsOf(kr.donggu.chatbot.knowledge.EntityKind.ORGANISATION));
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
        return KoreanAnalyzers.terms(contentAnalyzer, IndexFields.BODY, text);
    }

    /** Opens the index at {@code path} if it was built from this knowledge, and rebuilds it otherwise. */
    static IndexSnapshot openOrBuild(KnowledgeBase knowledge, Path path) {
        try {
            return new IndexSnapshot(knowledge, path);
        } catch (IOException | RuntimeException firstTry) {
            // a corrupt or half-written index: start that directory over
            deleteRecursively(path);
            try {
                return new IndexSnapshot(knowledge, path);
            } catch (IOException e) {
                throw new UncheckedIOException("Failed to build the search index in " + path, e);
            }
        }
    }

    void release() {
        try {
            reader.decRef();
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to close index reader of " + path, e);
        }
    }

    private static boolean isCurrent(Path path, String stamp) {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(path))) {
            return stamp.equals(r.getIndexCommit().getUserData().get(IndexFields.FINGERPRINT));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void write(Path path, String stamp) throws IOException {
        deleteRecursively(path);
        Files.createDirectories(path);
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(path), config)) {
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
        // what people call the program weighs like its keywords
        String keywords = String.join(" ", doc.keywords()) + " " + String.join(" ", doc.aliases());
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
