package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import kr.donggu.chatbot.support.EvalSet;
import kr.donggu.chatbot.support.Fixtures;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answer quality over the evaluation set, through the real server: an in-scope question must be answered, cite
 * its document and contain the expected facts; an out-of-scope one must be declined with {@code answered: false}.
 * Fails below 90 % and prints the figure.
 */
class AnswerQualityTest {

    @Test
    void at_least_90_percent_of_the_evaluation_set_is_answered_correctly(@TempDir Path data) {
        List<EvalSet.Item> items = EvalSet.load();
        List<String> failures = new ArrayList<>();
        int inScope = 0;
        int outOfScope = 0;
        // an evaluation of the real documents, so on knowledge/ itself
        try (TestApp app = TestApp.start(TestApp.config(Fixtures.BUNDLED_KNOWLEDGE, data), TestApp.FIXED_CLOCK)) {
            for (EvalSet.Item item : items) {
                JsonNode reply = app.chat(null, item.q());
                String problem = item.inScope() ? checkAnswered(item, reply) : checkDeclined(reply);
                if (item.inScope()) {
                    inScope++;
                } else {
                    outOfScope++;
                }
                if (problem != null) {
                    failures.add(item.q() + " → " + problem);
                }
            }
        }
        double score = 1.0 - (double) failures.size() / items.size();
        System.out.printf("Answer quality: %d questions (%d in scope, %d out of scope), %.1f %% correct%n",
                items.size(), inScope, outOfScope, score * 100);
        failures.forEach(f -> System.out.println("  wrong: " + f));
        assertThat(outOfScope).isGreaterThanOrEqualTo(15);
        assertThat(score).as("share answered correctly").isGreaterThanOrEqualTo(0.90);
    }

    private static String checkAnswered(EvalSet.Item item, JsonNode reply) {
        String answer = reply.get("answer").asText();
        if (!reply.get("answered").asBoolean()) {
            return "declined: " + answer.lines().findFirst().orElse("");
        }
        boolean cites = StreamSupport.stream(reply.get("sources").spliterator(), false)
                .anyMatch(s -> s.get("id").asText().equals(item.doc()));
        if (!cites) {
            return "does not cite " + item.doc() + ": " + reply.get("sources");
        }
        for (String fact : item.facts() == null ? List.<String>of() : item.facts()) {
            if (!answer.replace(" ", "").contains(fact.replace(" ", ""))) {
                return "lacks '" + fact + "': " + answer.replace("\n", " / ");
            }
        }
        return null;
    }

    private static String checkDeclined(JsonNode reply) {
        return reply.get("answered").asBoolean() ? "answered: " + reply.get("answer").asText().replace("\n", " / ") : null;
    }
}
