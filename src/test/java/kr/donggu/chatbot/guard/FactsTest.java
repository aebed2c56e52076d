package kr.donggu.chatbot.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Facts in their normal form: the same fact written differently compares equal. */
class FactsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            // counts by value and unit class (4개소 = 네 곳 = 4개)
            "주요 기업 4개소           | COUNT:4:item",
            "주요 기업 네 곳           | COUNT:4:item",
            "4개 기업                 | COUNT:4:item",
            "조합원 5인 이상           | COUNT:5:person",
            "다섯 명                  | COUNT:5:person",
            "30여 곳                  | COUNT:30:item",
            "3개월 동안               | COUNT:3:duration",
            // dates, whole or in part
            "2025년 12월 18일         | DATE:2025-12-18",
            "2025. 12. 18.            | DATE:2025-12-18",
            "12월 18일                | DATE:12-18",
            "2025년 12월에            | DATE:2025-12-",
            "2025년에                 | DATE:2025",
            "오후 2시                 | TIME:14:00",
            // amounts and contacts
            "500만 원                 | AMOUNT:5000000",
            "1인당 1만 원              | AMOUNT:10000",
            "062-608-2000            | PHONE:0626082000",
            "social@donggu.go.kr     | EMAIL:social@donggu.go.kr",
            "만족도는 92%             | NUMBER:92",
    })
    void facts_have_one_normal_form(String text, String key) {
        assertThat(GuardFixture.read(text).facts()).extracting(Facts.Fact::key).contains(key);
    }

    @ParameterizedTest(name = "{0} has no count")
    @CsvSource(delimiter = '|', value = {
            "두 번째 프로젝트",   // an ordinal
            "세 인증 절차",       // 인 of 인증 is no unit
            "한 해의 성과",
    })
    void ordinals_and_words_that_start_like_units_are_no_counts(String text) {
        assertThat(GuardFixture.read(text).facts()).extracting(Facts.Fact::kind).doesNotContain(ClaimKind.COUNT);
    }
}
