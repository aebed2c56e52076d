package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.support.CapturedLogs;
import kr.donggu.chatbot.support.Db;
import kr.donggu.chatbot.support.StandInServer;
import kr.donggu.chatbot.support.StandInServer.Reply;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Prompt-template syntax typed by a resident is text, in every mode and on both chat endpoints: never a 5xx, the
 * model receives it as typed, the turn is stored, and nothing of it reaches the logs.
 */
class TemplateBracesApiTest {

    static final List<String> MESSAGES = List.of("{{", "}}", "{{x}}", "{{question}}", "텃밭 {{name}} 신청은요?",
            "}}{{", "{{{{x}}}}", "{{#each items}}네트워킹{{/each}}", "{%x%} ${x} #{x}", "{{userMessage}} {{contents}}");

    enum Mode { EMBEDDED, OPENAI }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void never_fail_and_never_reach_the_logs(Mode mode, @TempDir Path data) {
        try (StandInServer model = new StandInServer().respond(TemplateBracesApiTest::answer);
             CapturedLogs logs = CapturedLogs.start();
             TestApp app = TestApp.start(config(mode, data, model), TestApp.FIXED_CLOCK)) {
            for (String message : MESSAGES) {
                // when
                TestApp.Response chat = app.post("/api/chat", Map.of("message", message));
                TestApp.Response stream = app.post("/api/chat/stream", Map.of("message", message));

                // then
                assertThat(chat.status()).as(message).isEqualTo(200);
                assertThat(chat.json().get("answer").asText()).isNotBlank();
                assertThat(stream.status()).as(message).isEqualTo(200);
                assertThat(stream.body()).as(message).contains("event: done").doesNotContain("event: error");
            }
            assertThat(Db.count(data, "SELECT COUNT(*) FROM messages")).isEqualTo(2L * MESSAGES.size());
            if (mode == Mode.OPENAI) {   // the model got the braces as typed, not a template's output
                assertThat(model.received()).anySatisfy(r -> assertThat(r.body()).contains("{{#each items}}네트워킹"));
            }
            String logged = logs.text();
            assertThat(logs.events()).isNotEmpty();
            MESSAGES.forEach(m -> assertThat(logged).doesNotContain(m));
        }
    }

    private static Config config(Mode mode, Path data, StandInServer model) {
        Config base = TestApp.config(data);
        return mode == Mode.EMBEDDED ? base : base.withModel(Config.ChatModelKind.OPENAI,
                new Config.Llm(model.url() + "/v1", null, "fake-model", null, null), Duration.ofSeconds(3));
    }

    private static Reply answer(StandInServer.Received request) {
        String text = "자료에서 찾지 못했습니다. 동구청 사회적경제 담당 부서에 문의해 주세요.";
        return request.body().contains("\"stream\" : true")
                ? new Reply(200, "text/event-stream", List.of(LlmModeTest.chunk(text), "data: [DONE]\n\n"), Duration.ZERO)
                : LlmModeTest.completion(text);
    }
}
