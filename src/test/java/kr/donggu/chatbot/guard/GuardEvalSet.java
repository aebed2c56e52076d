package kr.donggu.chatbot.guard;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import kr.donggu.chatbot.support.Fixtures;

/** {@code knowledge/eval/guard-sentences.yaml}: model-style sentences, each expected supported or not. */
record GuardEvalSet(List<Question> questions) {

    /** {@code GUARD_EVAL=/path/to/other.yaml} measures another set of the same shape (a held-out one). */
    static final Path FILE = System.getenv("GUARD_EVAL") != null ? Path.of(System.getenv("GUARD_EVAL"))
            : Fixtures.BUNDLED_KNOWLEDGE.resolve("eval/guard-sentences.yaml");

    record Question(String program, String set, String question, List<Item> sentences) {
    }

    record Item(String text, String expect, String kind) {
        boolean supported() {
            return "supported".equals(expect);
        }
    }

    /** One sentence with its question, flattened. */
    record Case(Question question, Item item) {
    }

    static GuardEvalSet load() {
        try {
            return new GuardEvalSet(new YAMLMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(FILE.toFile(), new TypeReference<List<Question>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the guard evaluation set " + FILE, e);
        }
    }

    List<Case> cases() {
        return questions.stream().flatMap(q -> q.sentences().stream().map(i -> new Case(q, i))).toList();
    }
}
