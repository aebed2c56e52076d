package kr.donggu.chatbot.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import kr.donggu.chatbot.knowledge.Audience;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.Section;
import kr.donggu.chatbot.knowledge.Vocabulary;

/**
 * The questions the benchmarks ask: the project's evaluation set, and KorQuAD 1.0 dev from the repository
 * ({@code src/test/resources/korquad/}, or {@code KORQUAD_FILE}).
 */
final class Questions {

    static final Path KORQUAD = Path.of("src/test/resources/korquad/KorQuAD_v1.0_dev.json.gz");

    /**
     * @param doc      the relevant program (KorQuAD: paragraph)
     * @param sections headings that answer it; empty when any section of {@code doc} does
     * @param half     KorQuAD: the article's parity (0 even, 1 odd), the tuning and the held-out half; -1 elsewhere
     */
    record Question(String text, String doc, List<String> sections, int half) {
        boolean relevant(String key) {
            String[] p = key.split("\t", 2);
            return p[0].equals(doc) && (sections.isEmpty() || sections.contains(p[1]));
        }

        boolean sameProgram(String key) {
            return key.startsWith(doc + "\t");
        }
    }

    record Corpus(String name, KnowledgeBase knowledge, List<Question> questions) {
    }

    private Questions() {
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items() throws IOException {
        return new YAMLMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(Path.of("knowledge/eval/questions.yaml").toFile(), new TypeReference<>() { });
    }

    static List<String> all() throws IOException {
        return items().stream().map(i -> (String) i.get("q")).toList();
    }

    /** Questions of the evaluation set that name a document, as RetrievalEvaluationTest counts them. */
    static Corpus evalSet(Path knowledge) throws IOException {
        List<Question> out = new ArrayList<>();
        for (Map<String, Object> i : items()) {
            if (i.get("doc") != null) {
                String sections = (String) i.get("section");
                out.add(new Question((String) i.get("q"), (String) i.get("doc"),
                        sections == null ? List.of() : Arrays.asList(sections.split("\\|")), -1));
            }
        }
        return new Corpus("project eval set", KnowledgeBase.load(knowledge), out);
    }

    /** Every paragraph a document of one section, titled with its article's title or not at all. */
    static Corpus korquad(boolean titles, Vocabulary vocabulary) throws IOException {
        JsonNode root = new ObjectMapper().readTree(korquadJson());
        List<ProgramDocument> paragraphs = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        int article = 0;
        for (JsonNode a : root.get("data")) {
            for (JsonNode p : a.get("paragraphs")) {
                String id = "p" + paragraphs.size();
                paragraphs.add(new ProgramDocument(id, titles ? a.get("title").asText() : "", "korquad", null,
                        List.of(Audience.RESIDENT), "", List.of(), null, null, null, List.of(), null, List.of(),
                        List.of(new Section("본문", p.get("context").asText())), id));
                for (JsonNode qa : p.get("qas")) {
                    questions.add(new Question(qa.get("question").asText(), id, List.of(), article % 2));
                }
            }
            article++;
        }
        String name = titles ? "KorQuAD 1.0 dev, with titles" : "KorQuAD 1.0 dev, paragraphs only";
        return new Corpus(name, KnowledgeBase.of(paragraphs, vocabulary), questions);
    }

    private static byte[] korquadJson() throws IOException {
        Path file = Path.of(System.getenv().getOrDefault("KORQUAD_FILE", KORQUAD.toString()));
        byte[] raw = Files.readAllBytes(file);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(new ByteArrayInputStream(raw)).readAllBytes() : raw;
    }
}
