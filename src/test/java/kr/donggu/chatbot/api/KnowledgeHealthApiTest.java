package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kr.donggu.chatbot.support.Await;
import kr.donggu.chatbot.support.Fixtures;
import kr.donggu.chatbot.support.TestApp;
import kr.donggu.chatbot.support.Threads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A knowledge watcher that stays dead takes the node out: edits would be silently ignored otherwise. */
class KnowledgeHealthApiTest {

    @Test
    void a_watcher_dead_past_its_restarts_makes_health_degraded(@TempDir Path data, @TempDir Path knowledge)
            throws Exception {
        Fixtures.copyOf(Fixtures.FIXTURE_KNOWLEDGE, knowledge);
        String thread = "knowledge-watcher " + knowledge;
        try (TestApp app = TestApp.start(TestApp.config(knowledge, data), TestApp.FIXED_CLOCK)) {
            assertThat(app.get("/health").status()).isEqualTo(200);

            for (int death = 0; death <= 10; death++) {   // ten restarts, then it stays down
                Await.until("a watcher thread to kill", () -> Thread.getAllStackTraces().keySet().stream()
                        .anyMatch(t -> t.getName().equals(thread) && t.isAlive()));
                Threads.kill(thread);
            }

            Await.until("health degraded", () -> app.get("/health").status() == 503);
            assertThat(app.get("/health").json().get("problems").toString()).contains("knowledge watcher");
        }
    }
}
