package kr.donggu.chatbot.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kr.donggu.chatbot.knowledge.Audience;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.Section;

/** The questions the benchmarks ask: the project's evaluation set, and KorQuAD 1.0 dev read from ../shared. */
final class Questions {

    record KorQuad(List<ProgramDocument> paragraphs, List<RetrievalComparison.Question> questions) {
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

    static List<RetrievalComparison.Question> evalSet(Path knowledge) throws IOException {
        List<RetrievalComparison.Question> out = new ArrayList<>();
        for (Map<String, Object> i : items()) {
            if (i.get("doc") == null) {
                continue;
            }
            String doc = (String) i.get("doc");
            List<String> sections = Arrays.asList(((String) i.get("section")).split("\\|"));
            out.add(new RetrievalComparison.Question((String) i.get("q"), key -> {
                String[] p = key.split("\t", 2);
                return p[0].equals(doc) && sections.contains(p[1]);
            }));
        }
        return out;
    }

    static KorQuad korquad() throws IOException {
        Path file = Path.of(System.getenv().getOrDefault("KORQUAD_FILE", "../shared/data/korquad-v1/KorQuAD_v1.0_dev.json"));
        JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(file));
        List<ProgramDocument> paragraphs = new ArrayList<>();
        List<RetrievalComparison.Question> questions = new ArrayList<>();
        for (JsonNode article : root.get("data")) {
            for (JsonNode p : article.get("paragraphs")) {
                String id = "p" + paragraphs.size();
                paragraphs.add(new ProgramDocument(id, article.get("title").asText(), "korquad", null,
                        List.of(Audience.RESIDENT), "", List.of(), null, null, null, List.of(), null, List.of(),
                        List.of(new Section("본문", p.get("context").asText())), id));
                for (JsonNode qa : p.get("qas")) {
                    questions.add(new RetrievalComparison.Question(qa.get("question").asText(),
                            key -> key.startsWith(id + "\t")));
                }
            }
        }
        return new KorQuad(paragraphs, questions);
    }
}
