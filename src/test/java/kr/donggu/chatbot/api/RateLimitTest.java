package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RateLimitTest {

    @Test
    void a_session_over_its_limit_gets_429_and_others_are_still_served(@TempDir Path data) {
        try (TestApp app = TestApp.start(TestApp.config(data).withRateLimit(new Config.RateLimit(3, 1000)),
                TestApp.FIXED_CLOCK)) {
            for (int i = 0; i < 3; i++) {
                assertThat(app.post("/api/chat", Map.of("sessionId", "busy", "message", "텃밭")).status()).isEqualTo(200);
            }
            TestApp.Response limited = app.post("/api/chat", Map.of("sessionId", "busy", "message", "텃밭"));

            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.json().get("error").get("code").asText()).isEqualTo("rate_limited");
            assertThat(app.post("/api/chat", Map.of("sessionId", "calm", "message", "텃밭")).status()).isEqualTo(200);
        }
    }
}
