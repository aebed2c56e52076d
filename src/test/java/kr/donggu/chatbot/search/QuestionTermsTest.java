package kr.donggu.chatbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kr.donggu.chatbot.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which questions ask what a stored question asks, read with the bundled knowledge's analysis and word lists. */
class QuestionTermsTest {

    @TempDir
    static Path data;
    static ProgramIndex index;

    @BeforeAll
    static void open() {
        index = ProgramIndex.open(Fixtures.BUNDLED_KNOWLEDGE, data);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // other endings, spacing and particles
            "동구청 주차장 몇시까지 운영하나요 | 동구청 주차장은 몇 시까지 운영해요?",
            // one more word of its own, another verb
            "구청 주차장은 저녁에 몇 시까지 열어요? | 동구청 주차장은 몇 시까지 운영해요?",
            // synonyms (사회적 기업, 절차 = 방법) and the words of the kind asked for
            "사회적 기업으로 인증받으려면 절차가 어떻게 돼요? | 사회적기업 인증은 어떻게 받나요?",
            "사회적기업 인증 신청 방법 알려주세요 | 사회적기업 인증은 어떻게 받나요?",
            // the program's other name, a typo, the word for what is asked (기간 for 언제)
            "도심 텃밭 신청 기간 알려주세요 | 텃밭 신청은 언제 해요?",
            "텃빹 신청 언제예요? | 텃밭 신청은 언제 해요?",
            // a generic word adds nothing
            "텃밭 프로그램 뭐야? | 도심 텃밭이 뭐예요?",
    })
    void a_paraphrase_asks_the_same(String question, String stored) {
        assertThat(index.questionTerms(question).sameQuestion(index.questionTerms(stored)))
                .as("%s against %s", index.questionTerms(question), index.questionTerms(stored)).isPositive();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // shares one or two words, not the subject
            "동구청 민원실은 몇 시까지 운영해요? | 동구청 주차장은 몇 시까지 운영해요?",
            "협동조합 설립 신청은 어떻게 하나요? | 사회적기업 인증은 어떻게 받나요?",
            "주차장 | 동구청 주차장은 몇 시까지 운영해요?",
            // the same subject, another thing asked
            "동구청 주차장 요금은 얼마예요? | 동구청 주차장은 몇 시까지 운영해요?",
            "텃밭 신청은 어떻게 해요? | 텃밭 신청은 언제 해요?",
            "텃밭 신청 자격이 뭐예요? | 텃밭 신청은 언제 해요?",
            "도심 텃밭 일정 알려줘 | 도심 텃밭이 뭐예요?",
            "텃밭 신청 방법과 기간 | 텃밭 신청은 언제 해요?",
            // another program, or a program where the stored question names none
            "환경마켓 신청은 언제 해요? | 텃밭 신청은 언제 해요?",
            "텃밭 주차장 몇 시까지 운영해요? | 동구청 주차장은 몇 시까지 운영해요?",
            // nothing to match on
            "뭐예요? | 동구청 주차장은 몇 시까지 운영해요?",
            "동구청 주차장은 몇 시까지 운영해요? | 뭐예요?",
    })
    void another_question_does_not(String question, String stored) {
        assertThat(index.questionTerms(question).sameQuestion(index.questionTerms(stored)))
                .as("%s against %s", index.questionTerms(question), index.questionTerms(stored)).isZero();
    }
}
