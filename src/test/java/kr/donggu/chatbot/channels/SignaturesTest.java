package kr.donggu.chatbot.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The platforms' official signature test vectors, checked against our verification code. */
class SignaturesTest {

    static JsonNode vectors(String name) throws IOException {
        return new ObjectMapper().readTree(Path.of("src/test/resources/messenger-samples", name).toFile());
    }

    @Test
    void line_official_vectors_verify() throws IOException {
        for (JsonNode v : vectors("line-signature-vector.json").get("vectors")) {
            byte[] mac = Signatures.hmacSha256(v.get("channel_secret").asText(),
                    v.get("body").asText().getBytes(StandardCharsets.UTF_8));
            assertThat(Base64.getEncoder().encodeToString(mac)).isEqualTo(v.get("expected_signature").asText());
        }
    }

    @Test
    void slack_official_vector_verifies_at_its_own_time_and_not_later() throws IOException {
        JsonNode vector = vectors("slack-signature-vector.json");
        String secret = vector.get("signing_secret").asText();
        byte[] body = vector.get("body").asText().getBytes(StandardCharsets.UTF_8);
        String ts = vector.get("timestamp").asText();
        String expected = vector.get("expected_signature").asText();
        SlackChannel atThatTime = new SlackChannel(null, new SlackChannel.Settings(secret, "http://x", "t"), null,
                Clock.fixed(Instant.ofEpochSecond(Long.parseLong(ts)), ZoneOffset.UTC));

        atThatTime.verify(ts, expected, body);   // passes: no exception
        assertThatThrownBy(() -> atThatTime.verify(ts, expected.replace('a', 'b'), body))
                .isInstanceOf(UnauthorizedResponse.class);
        SlackChannel tenMinutesLater = new SlackChannel(null, new SlackChannel.Settings(secret, "http://x", "t"),
                null, Clock.fixed(Instant.ofEpochSecond(Long.parseLong(ts) + 600), ZoneOffset.UTC));
        assertThatThrownBy(() -> tenMinutesLater.verify(ts, expected, body)).isInstanceOf(UnauthorizedResponse.class);
    }

    @Test
    void splits_long_replies_between_sentences_within_the_limit() {
        String text = "첫 문장입니다. 둘째 문장은 조금 더 깁니다.\n출처: 별별동구 사회공헌 프로젝트 · 개요";
        List<String> parts = TextSplitter.split(text, 30);

        assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(30));
        assertThat(String.join(" ", parts).replace("\n", " ")).isEqualTo(text.replace("\n", " "));
        assertThat(parts).contains("출처: 별별동구 사회공헌 프로젝트 · 개요");
        assertThat(TextSplitter.split(text, 1000)).containsExactly(text);
    }
}
