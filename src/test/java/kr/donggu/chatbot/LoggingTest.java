package kr.donggu.chatbot;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shipped logback.xml: dated text lines by default, one JSON object per line with LOG_FORMAT=json. */
class LoggingTest {

    @Test
    void text_lines_carry_date_time_and_zone() throws Exception {
        String out = logOnce("text");

        assertThat(out).matches("(?s)\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2}) INFO  "
                + "\\[main\\] k\\.donggu\\.chatbot\\.App - Ready on port 7070\\R");
    }

    @Test
    void json_lines_are_objects_with_a_timestamp_and_the_formatted_message() throws Exception {
        JsonNode line = new ObjectMapper().readTree(logOnce("json"));

        assertThat(line.get("timestamp").asLong()).isPositive();
        assertThat(line.get("level").asText()).isEqualTo("INFO");
        assertThat(line.get("formattedMessage").asText()).isEqualTo("Ready on port 7070");
    }

    private static String logOnce(String format) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            context.putProperty("LOG_FORMAT", format);
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(LoggingTest.class.getResource("/logback.xml"));
            context.getLogger(App.class).info("Ready on port {}", 7070);
        } finally {
            context.stop();   // drains the async queue
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
