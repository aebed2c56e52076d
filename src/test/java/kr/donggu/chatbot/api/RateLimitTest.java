package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.config.TrustedProxies;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RateLimitTest {

    @TempDir
    Path data;

    private TestApp start(int perSession, String trustedProxies) {
        return TestApp.start(TestApp.config(data).withRateLimit(new Config.RateLimit(perSession, 1000))
                .withNetwork(new Config.Network(TrustedProxies.parse(trustedProxies), Duration.ofSeconds(10))),
                TestApp.FIXED_CLOCK);
    }

    @Test
    void a_session_over_its_limit_gets_429_and_others_are_still_served() {
        try (TestApp app = start(3, null)) {
            for (int i = 0; i < 3; i++) {
                assertThat(app.post("/api/chat", Map.of("sessionId", "busy", "message", "텃밭")).status()).isEqualTo(200);
            }
            TestApp.Response limited = app.post("/api/chat", Map.of("sessionId", "busy", "message", "텃밭"));

            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.json().get("error").get("code").asText()).isEqualTo("rate_limited");
            assertThat(app.post("/api/chat", Map.of("sessionId", "calm", "message", "텃밭")).status()).isEqualTo(200);
        }
    }

    @Test
    void a_fresh_session_id_each_time_or_none_escapes_nothing() {
        try (TestApp app = start(3, null)) {
            assertThat(app.post("/api/chat", Map.of("sessionId", "rot-1", "message", "텃밭")).status()).isEqualTo(200);
            assertThat(app.post("/api/chat", Map.of("sessionId", "rot-2", "message", "텃밭")).status()).isEqualTo(200);
            assertThat(app.post("/api/chat", Map.of("message", "텃밭")).status()).isEqualTo(200);

            assertThat(app.post("/api/chat", Map.of("sessionId", "rot-3", "message", "텃밭")).status()).isEqualTo(429);
            assertThat(app.post("/api/chat", Map.of("message", "텃밭")).status()).isEqualTo(429);
            // a conversation already under way goes on
            assertThat(app.post("/api/chat", Map.of("sessionId", "rot-1", "message", "텃밭")).status()).isEqualTo(200);
        }
    }

    @Test
    void feedback_hand_off_and_eligibility_are_limited_per_address() {
        try (TestApp app = start(6, null)) {
            String ticket = "{\"name\":\"홍길동\",\"contact\":\"010-1111-2222\",\"question\":\"문의\",\"consent\":true}";
            assertThat(app.post("/api/handoff", ticket).status()).isEqualTo(201);
            assertThat(app.post("/api/handoff", ticket).json().get("error").get("code").asText()).isEqualTo("rate_limited");

            String rating = "{\"sessionId\":\"s\",\"messageId\":\"m-1\",\"rating\":\"up\"}";
            for (int i = 0; i < 6; i++) {
                assertThat(app.post("/api/feedback", rating).status()).isEqualTo(404);   // no such message, but counted
            }
            assertThat(app.post("/api/feedback", rating).status()).isEqualTo(429);

            String check = "{\"enterpriseType\":\"협동조합\"}";
            for (int i = 0; i < 6; i++) {
                assertThat(app.post("/api/eligibility", check).status()).isEqualTo(200);
            }
            assertThat(app.post("/api/eligibility", check).status()).isEqualTo(429);
        }
    }

    @Test
    void behind_a_trusted_proxy_each_resident_has_their_own_bucket() {
        try (TestApp app = start(6, "127.0.0.1")) {
            assertThat(handoffFrom(app, "203.0.113.5")).isEqualTo(201);
            assertThat(handoffFrom(app, "203.0.113.6")).isEqualTo(201);
            assertThat(handoffFrom(app, "203.0.113.5")).isEqualTo(429);
            // a client cannot choose its address by writing the header itself: our proxy's entry is the last
            assertThat(handoffFrom(app, "198.51.100.77, 203.0.113.6")).isEqualTo(429);
        }
    }

    @Test
    void without_trusted_proxies_the_header_is_ignored() {
        try (TestApp app = start(6, null)) {
            assertThat(handoffFrom(app, "203.0.113.5")).isEqualTo(201);
            assertThat(handoffFrom(app, "203.0.113.6")).isEqualTo(429);
        }
    }

    private static int handoffFrom(TestApp app, String forwardedFor) {
        byte[] body = "{\"name\":\"홍길동\",\"contact\":\"010-1111-2222\",\"question\":\"문의\",\"consent\":true}"
                .getBytes(StandardCharsets.UTF_8);
        return app.postBytes("/api/handoff", body, Map.of("Content-Type", "application/json",
                "X-Forwarded-For", forwardedFor)).status();
    }
}
