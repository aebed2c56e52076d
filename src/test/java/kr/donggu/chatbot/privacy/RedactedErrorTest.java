package kr.donggu.chatbot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RedactedErrorTest {

    @Test
    void keeps_where_it_failed_and_drops_what_the_messages_quoted() {
        IllegalStateException cause = new IllegalStateException("template variable '홍길동' is missing");
        IllegalArgumentException original = new IllegalArgumentException("cannot parse 010-1234-5678", cause);

        RedactedError redacted = RedactedError.of(original);

        StringWriter printed = new StringWriter();
        redacted.printStackTrace(new PrintWriter(printed));
        assertThat(redacted.getMessage()).isEqualTo("java.lang.IllegalArgumentException");
        assertThat(redacted.getStackTrace()).isEqualTo(original.getStackTrace());
        assertThat(redacted.getCause().getMessage()).isEqualTo("java.lang.IllegalStateException");
        assertThat(printed.toString()).contains("RedactedErrorTest.keeps_where_it_failed")
                .doesNotContain("홍길동").doesNotContain("010-1234-5678");
    }

    @Test
    void survives_a_cause_that_loops() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        assertThat(RedactedError.of(a).getMessage()).isEqualTo("java.lang.RuntimeException");
    }
}
