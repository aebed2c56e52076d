package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.donggu.chatbot.support.DevSet;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development set written by people who never saw the code ({@code knowledge/eval/dev-questions.json}), over
 * HTTP against the real server in embedded mode, scored as the set's {@code about} says. Gates: at least 95 % of
 * the cases, and every follow-up case. Prints each failing case with its reply. Another set of the same kinds, never
 * published, is run against what lands: nothing here may be keyed to these questions.
 */
class DevSetEvaluationTest {

    @Test
    void passes_the_development_set_and_every_follow_up(@TempDir Path data) {
        List<DevSet.Case> cases = DevSet.load(DevSet.FILE);
        List<String> failures = new ArrayList<>();
        List<String> failedFollowUps = new ArrayList<>();
        try (TestApp app = TestApp.start(data)) {
            for (DevSet.Case c : cases) {
                JsonNode reply = DevSet.play(app, c);
                List<String> problems = c.problems(reply);
                if (!problems.isEmpty()) {
                    failures.add(c.id() + " " + String.join(" / ", c.turns()) + " → " + problems + "\n      "
                            + reply.get("answer").asText().replace("\n", " ⏎ "));
                    if (c.cat().equals("followup")) {
                        failedFollowUps.add(c.id());
                    }
                }
            }
        }
        double score = 1.0 - (double) failures.size() / cases.size();
        System.out.printf("Development set: %d cases, %.1f %% passed%n", cases.size(), score * 100);
        failures.forEach(f -> System.out.println("  failed: " + f));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        assertThat(failedFollowUps).as("follow-up cases that failed").isEmpty();
        assertThat(score).as("share of the development set passed").isGreaterThanOrEqualTo(0.95);
    }
}
