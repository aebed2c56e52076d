package kr.donggu.chatbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import kr.donggu.chatbot.answer.GroundedChatModel;
import kr.donggu.chatbot.channels.Channels;
import kr.donggu.chatbot.chat.ChatService;
import kr.donggu.chatbot.chat.ChatSetup;
import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.eligibility.EligibilityService;
import kr.donggu.chatbot.search.ProgramIndex;
import kr.donggu.chatbot.store.Database;
import kr.donggu.chatbot.support.CapturedLogs;
import kr.donggu.chatbot.support.Fixtures;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A part failing while a reply is being made (here the search index, closed under the chat service): the chat gets
 * the contract's 500, the stream, whose 200 has gone out, ends with an {@code error} event in the contract's shape,
 * and the log has the failure but none of the message.
 */
class StreamFailureTest {

    static final String MESSAGE = "{{x}} 텃밭 신청은요? 제 번호는 010-5555-6666, 홍길동입니다";

    @Test
    void a_failure_mid_reply_is_a_500_on_chat_and_an_error_event_on_the_stream(@TempDir Path data) throws Exception {
        Config config = TestApp.config(data).withPort(0);
        ProgramIndex index = ProgramIndex.open(Fixtures.MINI_KNOWLEDGE, data);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (Database db = Database.open(data); CapturedLogs logs = CapturedLogs.start()) {
            ChatService chat = ChatService.create(new ChatSetup(new GroundedChatModel(), null, config.llmTimeout(),
                    "embedded", List.of(), List.of(), index, db.conversations(), null, registry, TestApp.FIXED_CLOCK));
            WebParts parts = new WebParts(config, chat, index, db, new EligibilityService(index::knowledge),
                    new Channels(chat, config, TestApp.FIXED_CLOCK), registry, TestApp.FIXED_CLOCK);
            Javalin app = WebServer.create(parts, List.of()).start();
            try {
                index.close();   // the part that fails

                HttpResponse<String> plain = post(app, "/api/chat");
                HttpResponse<String> stream = post(app, "/api/chat/stream");

                assertThat(plain.statusCode()).isEqualTo(500);
                assertThat(plain.body()).isEqualTo("{\"error\":{\"code\":\"internal_error\",\"message\":"
                        + "\"일시적인 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.\"}}");
                assertThat(stream.statusCode()).isEqualTo(200);
                assertThat(stream.body()).isEqualTo("event: error\ndata: {\"error\":{\"code\":\"internal_error\","
                        + "\"message\":\"일시적인 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.\"}}\n\n");
            } finally {
                app.stop();
            }
            assertThat(logs.text()).contains("Unhandled error on POST /api/chat/stream")
                    .doesNotContain("{{x}}").doesNotContain("010-5555-6666").doesNotContain("홍길동")
                    .doesNotContain("텃밭 신청");
        }
    }

    private static HttpResponse<String> post(Javalin app, String path) throws Exception {
        String body = "{\"message\":\"" + MESSAGE + "\"}";
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
