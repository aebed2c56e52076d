package kr.donggu.chatbot.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import kr.donggu.chatbot.knowledge.ValidationReport.Problem;
import kr.donggu.chatbot.knowledge.ValidationReport.Severity;

/**
 * The documents of one {@code knowledge/} folder as loaded at one moment. A broken document is reported and left
 * out, unless an earlier load served it: then that last good version stays in service (and the report says so) until
 * the file is fixed. Of two files with the same id, the one served before wins and the other is reported; every other
 * document is served. Immutable: a change on disk produces a new instance.
 */
public final class KnowledgeBase {

    public static final String PROGRAMS_DIR = "programs";
    public static final String DICTIONARY_DIR = "dictionary";

    private final Map<String, ProgramDocument> documents;
    private final List<ProgramDocument> sorted;
    private final ValidationReport report;
    private final Vocabulary vocabulary;
    private final String fingerprint;

    private KnowledgeBase(Map<String, ProgramDocument> documents, ValidationReport report, Vocabulary vocabulary,
                          String fingerprint) {
        this.documents = documents;
        this.sorted = documents.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
        this.report = report;
        this.vocabulary = vocabulary;
        this.fingerprint = fingerprint;
    }

    public static KnowledgeBase load(Path root) {
        return load(root, DocumentSource.folder(root), null);
    }

    /** @param previous what was served until now (its documents are the last good versions), or null at start */
    public static KnowledgeBase load(Path root, KnowledgeBase previous) {
        return load(root, DocumentSource.folder(root), previous);
    }

    /** The dictionary of the folder {@code root} with the documents of {@code source}. */
    public static KnowledgeBase load(Path root, DocumentSource source) {
        return load(root, source, null);
    }

    /**
     * The dictionary of the folder {@code root} with the documents of {@code source}; a document whose current text
     * is broken is served in the version {@code previous} (null at start) had.
     */
    public static KnowledgeBase load(Path root, DocumentSource source, KnowledgeBase previous) {
        List<DocumentSource.DocumentFile> files = source.files();
        List<ProgramDocument> parsed = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Digest digest = new Digest();
        Vocabulary vocabulary = readVocabulary(root.resolve(DICTIONARY_DIR), digest, problems);
        for (DocumentSource.DocumentFile file : files) {
            String name = file.name();
            Optional<String> text = decode(file, problems);
            text.ifPresent(t -> digest.add(name, t));
            Optional<ProgramDocument> doc = text.flatMap(t -> parse(name, t, vocabulary.lexicon().sections(), problems));
            doc.or(() -> lastGood(previous, name, problems)).ifPresent(parsed::add);
        }
        Map<String, ProgramDocument> docs = new LinkedHashMap<>();
        servedBeforeFirst(parsed, previous).forEach(doc -> addUnique(docs, doc, problems));
        return new KnowledgeBase(Map.copyOf(docs), new ValidationReport(files.size(), docs.size(), List.copyOf(problems)),
                vocabulary, digest.hex());
    }

    /** The version of {@code file} that was served before its current text broke it, reported as kept. */
    private static Optional<ProgramDocument> lastGood(KnowledgeBase previous, String file, List<Problem> problems) {
        if (previous == null) {
            return Optional.empty();
        }
        Optional<ProgramDocument> kept = previous.sorted.stream().filter(d -> d.fileName().equals(file)).findFirst();
        kept.ifPresent(d -> problems.add(new Problem(file, 1, Severity.WARNING,
                "위 오류를 고칠 때까지 이 문서의 이전 버전을 계속 안내합니다.",
                "the last good version of this document stays in service until the errors above are fixed")));
        return kept;
    }

    /** Files whose document was served before come first, so a new file never displaces it by reusing its id. */
    private static List<ProgramDocument> servedBeforeFirst(List<ProgramDocument> parsed, KnowledgeBase previous) {
        if (previous == null) {
            return parsed;
        }
        List<ProgramDocument> ordered = new ArrayList<>(parsed);
        ordered.sort(java.util.Comparator.comparing((ProgramDocument d) -> previous.find(d.id())
                .map(p -> !p.fileName().equals(d.fileName())).orElse(true)));
        return ordered;
    }

    /** Documents built in code rather than read from a folder: benchmarks and synthetic corpora. */
    public static KnowledgeBase of(List<ProgramDocument> documents, Vocabulary vocabulary) {
        Map<String, ProgramDocument> docs = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        Digest digest = new Digest();
        for (ProgramDocument doc : documents) {
            addUnique(docs, doc, problems);
            digest.add(doc.id(), doc.title() + doc.sections());
        }
        digest.add("vocabulary", vocabulary.toString());
        return new KnowledgeBase(Map.copyOf(docs), new ValidationReport(documents.size(), docs.size(), problems),
                vocabulary, digest.hex());
    }

    public List<ProgramDocument> documents() {
        return sorted;
    }

    public Optional<ProgramDocument> find(String id) {
        return Optional.ofNullable(id).map(documents::get);
    }

    public ValidationReport report() {
        return report;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** A hash of every file read; equal fingerprints mean an index built from either is current. */
    public String fingerprint() {
        return fingerprint;
    }

    private static Optional<String> decode(DocumentSource.DocumentFile file, List<Problem> problems) {
        if (file.bytes() == null) {
            problems.add(new Problem(file.name(), 1, Severity.ERROR, "파일을 읽을 수 없습니다.", "cannot read file"));
            return Optional.empty();
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(file.bytes()))
                    .toString());
        } catch (CharacterCodingException e) {
            problems.add(new Problem(file.name(), 1, Severity.ERROR, "UTF-8로 저장된 파일이 아닙니다.",
                    "file is not valid UTF-8"));
            return Optional.empty();
        }
    }

    private static Optional<ProgramDocument> parse(String name, String text, Lexicon.Sections sections,
                                                   List<Problem> problems) {
        DocumentParser parser = new DocumentParser(name, sections);
        Optional<ProgramDocument> doc = parser.parse(text);
        problems.addAll(parser.problems());
        return doc;
    }

    private static void addUnique(Map<String, ProgramDocument> docs, ProgramDocument doc, List<Problem> problems) {
        ProgramDocument earlier = docs.putIfAbsent(doc.id(), doc);
        if (earlier != null) {
            problems.add(new Problem(doc.fileName(), 2, Severity.ERROR,
                    "id '" + doc.id() + "'가 " + Particles.attach(earlier.fileName(), Particles.AND) + " 중복됩니다. "
                            + "이 파일은 안내하지 않고 " + Particles.attach(earlier.fileName(), Particles.OBJECT)
                            + " 안내합니다. 둘 중 하나의 id를 바꿔 주세요.",
                    "duplicate id '" + doc.id() + "' (also in " + earlier.fileName() + "); this file is not served, "
                            + earlier.fileName() + " is; give one of them another id"));
        }
    }

    private static Vocabulary readVocabulary(Path dir, Digest digest, List<Problem> problems) {
        String userDict = readOptional(dir.resolve("userdict.txt"), digest);
        LexiconFiles files = new LexiconFiles(name -> Files.isRegularFile(dir.resolve(name))
                ? Optional.of(readOptional(dir.resolve(name), digest)) : Optional.empty());
        Lexicon lexicon = files.load();
        problems.addAll(files.problems());
        return new Vocabulary(userDict, lexicon, otherFiles(dir, digest));
    }

    /** The dictionary folder's other text files (the guard's word lists), read in name order. */
    private static Map<String, String> otherFiles(Path dir, Digest digest) {
        if (!Files.isDirectory(dir)) {
            return Map.of();
        }
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                String name = p.getFileName().toString();
                if (!name.equals("userdict.txt") && !LexiconFiles.ALL.contains(name)) {
                    files.put(name, readOptional(p, digest));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to list dictionary files in " + dir, e);
        }
        return files;
    }

    private static String readOptional(Path file, Digest digest) {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try {
            String text = Normalizer.normalize(Files.readString(file, StandardCharsets.UTF_8), Normalizer.Form.NFC);
            digest.add(file.getFileName().toString(), text);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read vocabulary file " + file, e);
        }
    }

    private static final class Digest {
        private final MessageDigest sha;

        Digest() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        void add(String name, String text) {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}
