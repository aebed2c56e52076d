package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.support.Await;
import kr.donggu.chatbot.support.Db;
import kr.donggu.chatbot.support.StandInServer;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GracefulShutdownTest {

    @Test
    void a_request_in_flight_is_answered_and_stored_while_the_server_stops(@TempDir Path data) throws Exception {
        // given: a model that holds its answer until the test lets it go
        CountDownLatch modelCalled = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (StandInServer model = new StandInServer().respond(r -> {
            modelCalled.countDown();
            await(release);
            return LlmModeTest.completion("ESG 환경마켓은 별별동구 사회혁신 협력 프로젝트로 추진된 5개 프로젝트 가운데 하나입니다.");
        })) {
            TestApp app = TestApp.start(TestApp.config(data).withModel(Config.ChatModelKind.OPENAI,
                    new Config.Llm(model.url() + "/v1", null, "slow", null, null), Duration.ofSeconds(30)),
                    TestApp.FIXED_CLOCK);
            CompletableFuture<TestApp.Response> inFlight = CompletableFuture.supplyAsync(() ->
                    app.post("/api/chat", Map.of("message", "ESG 환경마켓이 뭐예요?")));
            assertThat(modelCalled.await(30, TimeUnit.SECONDS)).isTrue();

            // when: the server stops while the model is still answering
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(app::close);
            Await.until("new requests refused while draining", () -> app.get("/api/programs").status() == 503);
            release.countDown();
            stopping.get(30, TimeUnit.SECONDS);

            // then
            TestApp.Response response = inFlight.get(30, TimeUnit.SECONDS);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("answer").asText()).contains("5개 프로젝트");
            assertThat(Db.count(data, "SELECT COUNT(*) FROM messages")).isEqualTo(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
