package kr.donggu.chatbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // fits: unchanged
            "신청은 어떻게 하나요? | 14 | 신청은 어떻게 하나요?",
            // cut at the last space that fits, never mid-word
            "네트워킹 DAY는 언제 열렸나요? | 14 | 네트워킹 DAY는 언제…",
            "별별동구 사회혁신 협력 프로젝트는 뭐예요? | 12 | 별별동구 사회혁신…",
            // one long word: cut where it must be
            "동명목재문화센터전시공간조성 | 8 | 동명목재문화센…",
    })
    void shortens_at_a_word_boundary(String text, int max, String expected) {
        assertThat(Texts.shortenAtWord(text, max)).isEqualTo(expected).hasSizeLessThanOrEqualTo(max);
    }
}
