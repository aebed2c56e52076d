package kr.donggu.chatbot.documents;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.donggu.chatbot.knowledge.Particles;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.Section;

/**
 * The sample questions of the console's preview, from {@code dictionary/preview-questions.yaml}: for a document,
 * three questions about the sections it has, with its name and the particles its last syllable takes.
 */
final class PreviewQuestions {

    static final String FILE = "preview-questions.yaml";
    static final int COUNT = 3;
    private static final Pattern NAME = Pattern.compile("\\{name(?::([^}]*))?}");
    private static final Map<String, Particles.Pair> PARTICLES = Map.of("은", Particles.TOPIC, "이", Particles.SUBJECT,
            "을", Particles.OBJECT, "과", Particles.AND, "으로", Particles.TOWARD);

    record Template(String heading, String question) {
    }

    private final List<Template> templates;

    PreviewQuestions(List<Template> templates) {
        this.templates = List.copyOf(templates);
    }

    static PreviewQuestions load(Path knowledgeDir) {
        return DataFile.read(knowledgeDir, FILE).map(PreviewQuestions::parse).orElseGet(() -> new PreviewQuestions(List.of()));
    }

    static PreviewQuestions parse(DataFile file) {
        List<Template> templates = new ArrayList<>();
        int i = 0;
        for (JsonNode item : file.root().path("questions")) {
            String where = "questions[" + i++ + "]";
            String question = file.text(item, "question", where);
            Matcher m = NAME.matcher(question);
            if (!m.find()) {
                throw file.problem(where, "질문에 {name}이 없습니다 / the question needs {name}");
            }
            do {
                if (m.group(1) != null && !PARTICLES.containsKey(m.group(1))) {
                    throw file.problem(where, "알 수 없는 조사 {name:" + m.group(1) + "} / unknown particle");
                }
            } while (m.find());
            templates.add(new Template(file.text(item, "heading", where), question));
        }
        if (templates.isEmpty()) {
            throw file.problem("questions", "질문이 하나도 없습니다 / no questions");
        }
        return new PreviewQuestions(templates);
    }

    /** Up to three: those about the document's sections first, in the file's order, then the others. */
    List<String> forDocument(ProgramDocument doc) {
        Set<String> headings = new LinkedHashSet<>(doc.sections().stream().map(Section::heading).toList());
        List<String> picked = new ArrayList<>();
        templates.stream().filter(t -> headings.contains(t.heading())).forEach(t -> picked.add(fill(t, doc)));
        templates.stream().filter(t -> !headings.contains(t.heading())).forEach(t -> picked.add(fill(t, doc)));
        return picked.subList(0, Math.min(COUNT, picked.size()));
    }

    private static String fill(Template t, ProgramDocument doc) {
        String name = doc.shortName();
        return NAME.matcher(t.question()).replaceAll(m -> Matcher.quoteReplacement(m.group(1) == null ? name
                : Particles.attach(name, PARTICLES.get(m.group(1)))));
    }
}
