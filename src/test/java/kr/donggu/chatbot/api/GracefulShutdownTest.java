package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.support.Db;
import kr.donggu.chatbot.support.StandInServer;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GracefulShutdownTest {

    @Test
    void a_request_in_flight_is_answered_and_stored_while_the_server_stops(@TempDir Path data) throws Exception {
        try (StandInServer slowModel = new StandInServer().respond(r -> new StandInServer.Reply(200, "application/json",
                List.of(LlmModeTest.completion("ESG 환경마켓은 별별동구 사회혁신 협력 프로젝트로 추진된 5개 프로젝트 가운데 하나입니다.")
                        .chunks().get(0)), Duration.ofMillis(800)))) {
            TestApp app = TestApp.start(TestApp.config(data).withModel(Config.ChatModelKind.OPENAI,
                    new Config.Llm(slowModel.url() + "/v1", null, "slow", null, null), Duration.ofSeconds(3)),
                    TestApp.FIXED_CLOCK);
            CompletableFuture<TestApp.Response> inFlight = CompletableFuture.supplyAsync(() ->
                    app.post("/api/chat", Map.of("message", "ESG 환경마켓이 뭐예요?")));
            Thread.sleep(300);

            app.close();   // stops while the model is still answering

            TestApp.Response response = inFlight.get();
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("answer").asText()).contains("5개 프로젝트");
            assertThat(Db.count(data, "SELECT COUNT(*) FROM messages")).isEqualTo(1);
        }
    }
}
