package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import kr.donggu.chatbot.support.Db;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The hand-off dialogue is the chat service's, so the web chat has it too; contact details go only into the ticket. */
class HandoffDialogueApiTest {

    @TempDir
    Path data;

    @Test
    void the_web_chat_hands_off_in_the_conversation_and_the_contact_goes_only_into_the_ticket() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        String done;
        try (TestApp app = TestApp.start(data)) {
            app.chat("web-1", "상담원 연결해 주세요");
            app.chat("web-1", "네");
            app.chat("web-1", "사회공헌 프로젝트 참여 방법을 알고 싶어요. 제 번호는 010-9876-5432예요");
            app.chat("web-1", "이동구");
            done = app.chat("web-1", "dong.gu@example.com").get("answer").asText();
        } finally {
            root.detachAppender(logs);
        }

        assertThat(done).contains(Db.column(data, "SELECT id FROM tickets").get(0));
        assertThat(Db.column(data, "SELECT contact || '|' || question FROM tickets"))
                .containsExactly("dong.gu@example.com|사회공헌 프로젝트 참여 방법을 알고 싶어요. 제 번호는 [전화번호]예요");
        String stored = String.join("\n", Db.column(data, "SELECT question || answer FROM messages"))
                + String.join("\n", Db.column(data, "SELECT state_json FROM sessions"));
        String logged = String.join("\n", logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
        assertThat(stored + logged).doesNotContain("dong.gu@example.com").doesNotContain("010-9876-5432");
    }
}
