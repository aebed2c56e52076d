package kr.donggu.chatbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kr.donggu.chatbot.support.EvalSet;
import kr.donggu.chatbot.support.Fixtures;
import kr.donggu.chatbot.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * No reply and no quick reply reads like a form letter: every answer of the dev set and of the project's own
 * evaluation, each chip they offer, and the reply to tapping the first chip, is scanned for a literal particle pair
 * such as 은(는), 이(가), 을(를), 와(과) or (으)로.
 */
class ParticlePairsTest {

    static final Path DEV_SET = Fixtures.BUNDLED_KNOWLEDGE.resolve("eval/dev-questions.json");
    static final Pattern PAIR = Pattern.compile(
            "(은|는|이|가|을|를|와|과)\\((은|는|이|가|을|를|와|과)\\)|\\((으|이)\\)(로|나|에요|라|며|고|랑)");

    @TempDir
    Path data;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            협동조합은(는) 참여할 수 있습니다       | true
            별별동구 사회혁신 협력 프로젝트은(는) 뭐예요? | true
            사업이(가) 있습니다                  | true
            DAY을(를) 열었습니다                 | true
            동구청(으)로 문의하세요                | true
            협동조합과(와) 함께                   | true
            소재지 기준(광주광역시 동구)에 맞습니다    | false
            사회적기업(주식회사)은 인증을 받았습니다   | false
            """)
    void the_scanner_finds_a_literal_pair_and_nothing_else(String text, boolean found) {
        assertThat(PAIR.matcher(text).find()).isEqualTo(found);
    }

    @Test
    void no_reply_or_chip_of_the_dev_set_or_the_own_evaluation_has_a_literal_pair() throws IOException {
        List<String> found = new ArrayList<>();
        int scanned = 0;
        try (TestApp app = TestApp.start(data)) {
            int n = 0;
            for (JsonNode c : new ObjectMapper().readTree(DEV_SET.toFile()).get("cases")) {
                String session = "s-dev-" + n++;
                JsonNode reply = null;
                for (JsonNode turn : c.get("turns")) {
                    reply = app.chat(session, turn.asText());
                    scanned += scan(reply, turn.asText(), found);
                }
                if (reply.get("quickReplies").size() > 0) {
                    // what a resident gets for tapping the first chip
                    String chip = reply.get("quickReplies").get(0).asText();
                    scanned += scan(app.chat(session, chip), chip, found);
                }
            }
            for (EvalSet.Item item : EvalSet.load()) {
                scanned += scan(app.chat("s-eval-" + n++, item.q()), item.q(), found);
            }
        }
        assertThat(scanned).isGreaterThan(500);
        assertThat(found).isEmpty();
    }

    /** Scans the answer and each chip; returns how many texts it scanned. */
    private static int scan(JsonNode reply, String question, List<String> found) {
        List<String> texts = new ArrayList<>(List.of(reply.get("answer").asText()));
        reply.get("quickReplies").forEach(q -> texts.add(q.asText()));
        texts.stream().filter(t -> PAIR.matcher(t).find()).forEach(t -> found.add(question + " → " + t));
        return texts.size();
    }
}
