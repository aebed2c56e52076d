package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kr.donggu.chatbot.support.TestApp;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random and adversarial bodies, headers and encodings thrown at every public endpoint, with a fixed seed: never a
 * 5xx, every error in the contract's shape, a stream that ends with {@code done} or an {@code error} event, no stack
 * trace or class name in a response, and the server healthy afterwards. The long run (100,000 inputs) is
 * {@code bench/}'s {@code FuzzRun}.
 */
class FuzzTest {

    static TestApp app;
    static final AtomicInteger TRIED = new AtomicInteger();
    static final String[] PATHS = {"/api/chat", "/api/chat/stream", "/api/feedback", "/api/handoff", "/api/eligibility",
            "/channels/kakao/skill", "/channels/telegram/webhook", "/channels/slack/events", "/channels/line/webhook",
            "/admin/api/reindex", "/admin/api/tickets/x/status"};

    @BeforeContainer
    static void start() throws Exception {
        app = TestApp.start(Files.createTempDirectory("fuzz"));
    }

    @AfterContainer
    static void stop() {
        assertThat(app.get("/health").status()).isEqualTo(200);
        System.out.println("Fuzz: " + TRIED.get() + " inputs tried, no 5xx, server healthy");
        app.close();
    }

    @Property(tries = 400, seed = "20261201")
    void random_bodies_never_break_the_server(@ForAll("paths") String path, @ForAll("bodies") byte[] body,
                                              @ForAll("contentTypes") String contentType) {
        TestApp.Response r = app.postBytes(path, body, Map.of("Content-Type", contentType,
                "X-Slack-Request-Timestamp", "1", "X-Telegram-Bot-Api-Secret-Token", "x"));
        TRIED.incrementAndGet();
        assertThat(r.status()).isLessThan(500);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at kr.donggu").doesNotContain("java.");
        if (r.status() >= 400) {
            JsonNode error = r.json().get("error");
            assertThat(error.get("code").asText()).matches("[a-z]+(_[a-z]+)*");
            assertThat(error.get("message").asText()).isNotBlank();
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        } else if (path.equals("/api/chat/stream")) {
            assertThat(r.body()).containsPattern("event: (done|error)\ndata: \\{");
        }
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of(PATHS);
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of("application/json", "text/plain", "application/json; charset=euc-kr", "", "*/*");
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> jsonish = Arbitraries.strings().withChars("{}[]\":,0123456789truefalsenull가나다\\u ")
                .ofMaxLength(200).map(String::getBytes);
        Arbitrary<String> templates = Arbitraries.of("{{", "}}", "{{x}}", "{{question}}", "}}{{", "{{#each x}}", "${x}",
                "{%x%}", "{{userMessage}}");
        Arbitrary<byte[]> fields = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(3000).map(s -> jsonField("message", s)),
                templates.map(t -> jsonField("message", "텃밭 " + t + " 신청")),
                templates.map(t -> jsonField("question", t)),
                Arbitraries.strings().ofMaxLength(100).map(s -> jsonField("sessionId", s)),
                Arbitraries.strings().withCharRange('가', '힣').ofMaxLength(50).map(s -> jsonField("enterpriseType", s)),
                Arbitraries.strings().ofMaxLength(80).map(s -> ("{\"message\":" + s + "}").getBytes()));
        return Arbitraries.oneOf(raw, jsonish, fields);
    }

    private static byte[] jsonField(String name, String value) {
        String escaped = value.replace("\\", "\\\\").replace("\"", "\\\"");
        return ("{\"" + name + "\":\"" + escaped + "\",\"rating\":\"up\",\"messageId\":\"m\",\"consent\":true,"
                + "\"name\":\"주민\",\"contact\":\"010-0000-0000\"}").getBytes();
    }
}
