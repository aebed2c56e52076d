package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import kr.donggu.chatbot.support.CapturedLogs;
import kr.donggu.chatbot.support.TestApp;
import kr.donggu.chatbot.support.Threads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A part failing while a reply is being made (the turn writer, killed past its restarts): the chat gets the
 * contract's error with its status, the stream, whose 200 has already gone out, ends with an {@code error} event
 * carrying the same body, and the log says what failed but nothing of the message.
 */
class StreamErrorApiTest {

    static final String MESSAGE = "{{x}} 텃밭 신청은요? 제 번호는 010-5555-6666, 홍길동입니다";

    @Test
    void a_failure_mid_reply_is_an_error_on_chat_and_an_error_event_on_the_stream(@TempDir Path data) throws Exception {
        try (TestApp app = TestApp.start(data); CapturedLogs logs = CapturedLogs.start()) {
            app.chat("s-1", "안녕하세요");
            for (int death = 0; death <= 3; death++) {   // three restarts, then it stays down
                Threads.kill("turn-writer " + data);
            }

            TestApp.Response plain = app.post("/api/chat", Map.of("sessionId", "s-1", "message", MESSAGE));
            TestApp.Response stream = app.post("/api/chat/stream", Map.of("sessionId", "s-1", "message", MESSAGE));

            assertThat(plain.status()).isEqualTo(503);
            String error = plain.body();
            assertThat(error).startsWith("{\"error\":{\"code\":\"unavailable\",\"message\":\"");
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
            assertThat(stream.body()).isEqualTo("event: error\ndata: " + error + "\n\n");
            assertThat(logs.text()).contains("Store unavailable on POST /api/chat/stream")
                    .doesNotContain("{{x}}").doesNotContain("010-5555-6666").doesNotContain("홍길동")
                    .doesNotContain("텃밭 신청");
        }
    }
}
