package kr.donggu.chatbot.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import kr.donggu.chatbot.eligibility.ShortAnswers.Answer;
import kr.donggu.chatbot.support.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The recognisers with the bundled {@code knowledge/dictionary/eligibility.yaml}, as people write. */
class RecognisersTest {

    static final Words WORDS = Words.load(Fixtures.BUNDLED_KNOWLEDGE);
    static final Kinds KINDS = new Kinds(WORDS);
    static final Places PLACES = new Places(WORDS.places(), KINDS::startsWithKind);
    static final ShortAnswers ANSWERS = new ShortAnswers(WORDS);
    static final Asking ASKING = new Asking(WORDS);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # the contract's names, spaced or not
            저희는 사회적 기업입니다                         | 사회적기업
            인증 사회적기업이에요                            | 사회적기업
            사협인데요                                     | 사회적협동조합
            사회적 협동조합                                 | 사회적협동조합
            협동 조합이에요                                 | 협동조합
            마을 기업                                      | 마을기업
            자활 기업입니다                                 | 자활기업
            # the longest name wins
            예비 사회적기업이에요                            | 예비사회적기업
            지역형 예비사회적기업이에요                       | 예비사회적기업
            # ordinary companies and residents
            일반 회사도 참여할 수 있나요?                     | 일반기업
            일반 주식회사도 사회적경제 지원사업에 참여할 수 있나요? | 일반기업
            개인사업자예요                                  | 일반기업
            우리는 개인인데 텃밭 참여 가능해?                  | 개인
            동구 주민인데요                                 | 개인
            # a negated kind does not count
            사회적기업은 아니고 일반 회사예요                  | 일반기업
            """)
    void recognises_kinds_as_people_write_them(String text, String label) {
        assertThat(KINDS.type(text)).map(EnterpriseType::label).contains(label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(주)동구상사예요", "주식회사입니다", "저희 법인도 되나요", "㈜보나드"})
    void a_legal_form_is_not_a_kind(String text) {
        assertThat(KINDS.type(text)).isEmpty();
        assertThat(KINDS.legalForm(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"개인정보는 어떻게 처리되나요", "주민번호 [주민등록번호]", "우리 회사도 되나요", "동구청 주민센터"})
    void ordinary_words_name_no_kind(String text) {
        assertThat(KINDS.type(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # short answers to "which kind?"
            예비요          | false | 예비사회적기업
            자활이에요       | false | 자활기업
            해당 없음       | false | 일반기업
            # after "주식회사" and the certification question, no means an ordinary company
            없어요          | true  | 일반기업
            아니요, 안 받았어요 | true  | 일반기업
            """)
    void understands_short_answers_about_the_kind(String text, boolean afterLegalForm, String label) {
        assertThat(KINDS.answer(text, afterLegalForm)).map(EnterpriseType::label).contains(label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # said in passing, with a word that makes the place theirs
            저희는 동구에 있는 협동조합인데                  | false | true  | 동구
            광주광역시 동구 소재 기업입니다                  | false | true  | 동구
            우리 회사는 광주 서구에 있는 예비사회적기업이에요  | false | false | 광주 서구
            광산구 소재예요                               | false | false | 광주 광산구
            부산 동구에 있어요                             | false | false | 부산 동구
            동구 협동조합인데요                            | false | true  | 동구
            금남로에 사무실이 있어요                        | false | true  | 동구
            충장로 45 에 있는 기업                          | false | true  | 동구
            광주 밖에 있는 기업도 되나요                     | false | false | 광주 밖
            # asked for, any place counts
            서구요                                       | true  | false | 광주 서구
            광주 동구                                    | true  | true  | 동구
            광주 다른 구                                 | true  | false | 광주 다른 구
            서울                                        | true  | false | 서울
            동명동                                      | true  | true  | 동구
            """)
    void recognises_where_the_asker_is(String text, boolean asked, boolean inDonggu, String label) {
        assertThat(PLACES.find(text, asked)).contains(new Location(inDonggu, label));
    }

    @ParameterizedTest
    @ValueSource(strings = {"동구 사회혁신 협력 프로젝트에 참여할 수 있나요?", "동구청에 문의하면 되나요", "과학동아리 활동",
            "동구에서 하는 사업 알려줘", "텃밭 언제 해요", "광주"})
    void a_place_in_passing_that_is_not_theirs_is_not_taken(String text) {
        assertThat(PLACES.find(text, false)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            네                     | YES
            넵!                    | YES
            예, 있어요               | YES
            함께 할 계획이 있어요       | YES
            아니요                  | NO
            아뇨 없어요              | NO
            계획 없습니다             | NO
            잘 모르겠어요             | UNKNOWN
            아직 정하지 않았어요       | UNKNOWN
            """)
    void understands_yes_no_and_dont_know(String text, Answer answer) {
        assertThat(ANSWERS.of(text)).contains(answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"네트워킹 데이는 언제 열렸어요?", "어디에 있어요?", "협동조합"})
    void a_question_or_a_name_is_no_yes_or_no(String text) {
        assertThat(ANSWERS.of(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            취소              | true  | false
            다른 질문          | true  | false
            그만할게요.         | true  | false
            자격 확인 계속하기   | false | true
            계속              | false | true
            취소하려면 어떻게 해요? | false | false
            """)
    void knows_the_words_that_leave_and_resume(String text, boolean cancel, boolean resume) {
        assertThat(ANSWERS.isCancel(text)).isEqualTo(cancel);
        assertThat(ANSWERS.isResume(text)).isEqualTo(resume);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            저희도 사회공헌 프로젝트에 참여할 수 있나요?     | true  | true
            일반 회사도 참여할 수 있나요?                | true  | false
            텃밭 참여 가능해?                          | true  | false
            사회공헌 프로젝트에 참여하려면 어떤 기업이어야 하나요? | true  | false
            우리 기업이 지원받을 수 있을까요              | true  | true
            Can an ordinary company join the program?   | true  | false
            네트워킹 데이는 언제 열렸어요?                | false | false
            마을기업도 사회적경제기업에 들어가나요?          | false | false
            사회서비스 연대조직에 함께하고 싶은데 어떻게 하면 되나요? | false | false
            """)
    void tells_eligibility_questions_and_who_they_are_about(String text, boolean eligibility, boolean self) {
        assertThat(ASKING.aboutEligibility(text)).isEqualTo(eligibility);
        assertThat(ASKING.aboutThemselves(text)).isEqualTo(self);
    }
}
