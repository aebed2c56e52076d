package kr.donggu.chatbot.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The project's evaluation set, {@code knowledge/eval/questions.yaml}. */
public final class EvalSet {

    public static final Path FILE = Fixtures.BUNDLED_KNOWLEDGE.resolve("eval/questions.yaml");

    /** One question; {@code doc} null means it is out of scope and must be declined. */
    public record Item(String q, String doc, String section, List<String> facts, Boolean answered) {
        /** {@code section} may name alternatives, "개요|내용", where both sections answer. */
        public boolean acceptsSection(String heading) {
            return section == null || java.util.Arrays.asList(section.split("\\|")).contains(heading);
        }

        public boolean inScope() {
            return doc != null && !Boolean.FALSE.equals(answered);
        }
    }

    private EvalSet() {
    }

    public static List<Item> load() {
        try {
            return new YAMLMapper().configure(
                    com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(FILE.toFile(), new TypeReference<List<Item>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the evaluation set " + FILE, e);
        }
    }
}
