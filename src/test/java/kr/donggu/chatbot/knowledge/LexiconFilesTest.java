package kr.donggu.chatbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import kr.donggu.chatbot.knowledge.ValidationReport.Severity;
import kr.donggu.chatbot.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The language files of {@code knowledge/dictionary/}: what the bundled ones recognise, and how bad ones are reported. */
class LexiconFilesTest {

    static final Lexicon BUNDLED = KnowledgeBase.load(Fixtures.BUNDLED_KNOWLEDGE).vocabulary().lexicon();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "사회공헌 프로젝트 지원금은 얼마예요? | AMOUNT",
            "담당 부서 전화번호 알려주세요 | CONTACT",
            "네트워킹 데이는 언제 열렸어요? | WHEN",
            "굿즈는 어디서 살 수 있어요? | WHERE",
            "씨앗프로젝트는 어떤 사업의 일부예요? | PART_OF",
            "세부 사업 다 알려줘 | LIST",
            "몇 개 기업이 지원받았어요? | COUNT",
            "신청은 어떻게 해요? | HOW",
            "연합회 회장은 누구예요? | PERSON",
            "텃밭은 누구랑 했어요? | WHO",
            "참여하려면 뭘 해야 해요? | APPLY",
            "사회공헌 프로젝트 하면 뭐가 좋아요? | RESULT",
            "김유미 대표가 뭐라고 했어요? | DETAIL",
            // what someone said they will do, not how to apply
            "구청은 기업들을 어떻게 지원해 주겠대요? | DETAIL",
            "ESG 환경마켓이 뭐예요? | WHAT",
            // a company being where ("참여 기업 어디") asks who, not where
            "사회서비스연대조직 참여기업 어디 | WHO",
    })
    void recognises_each_kind_of_question(String question, QuestionKind kind) {
        assertThat(BUNDLED.kindOf(question)).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "신청ㆍ문의 | 신청·문의", "신청/문의 | 신청·문의", "참여 자격 | 대상", "사회적협동조합 | 사회적협동조합",
            "일정 | 일정"})
    void reads_headings_written_another_way_as_the_standard_one(String heading, String standard) {
        assertThat(BUNDLED.sections().standardFor(heading)).contains(standard);
    }

    @Test
    void knows_no_standard_heading_for_an_unknown_one() {
        assertThat(BUNDLED.sections().standardFor("기타 잡담")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "사회혁신 협력 프로젝트 신청 방법은 이 자료에 나와 있지 않습니다. | true | false",
            "참여를 원하시면 광주광역시 동구청 사회적경제 담당 부서에 확인해 주세요. | false | true",
            "스토리텔링 마케팅 지원사업은 주요 기업 4개소의 브랜딩을 지원했습니다. | false | false"})
    void tells_gaps_and_referrals_from_facts(String sentence, boolean gap, boolean referral) {
        assertThat(BUNDLED.conversation().isGap(sentence)).isEqualTo(gap);
        assertThat(BUNDLED.conversation().isReferral(sentence)).isEqualTo(referral);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a clause that leads to the question
            "엄마가 퇴직하셔서 뭔가 찾는데, 생애전환기 대상 프로그램 있었나요? | 엄마가 퇴직하셔서 뭔가 찾는데, | 생애전환기 대상 프로그램 있었나요?",
            "저희는 책 관련 소셜벤처인데 책방이랑 엮인 사업 있나요? | 저희는 책 관련 소셜벤처인데 | 책방이랑 엮인 사업 있나요?",
            // a reason given after the question
            "네트워킹 DAY 가면 뭐가 도움이 돼요? 가볼까 고민 중이라서요 | 가볼까 고민 중이라서요 | 네트워킹 DAY 가면 뭐가 도움이 돼요?",
            // a remark beside a question-marked sentence
            "별별동구가 뭐예요? 길에서 현수막을 봤는데 이름이 특이하네요 | 길에서 현수막을 봤는데 이름이 특이하네요 | 별별동구가 뭐예요?",
            // the whole message asks: no circumstances
            "텃밭은 누가 참여했어요? | '' | 텃밭은 누가 참여했어요?",
            // "…을 통해서" is part of the question, not a circumstance
            "버스 광고를 통해서 홍보한 사업이 뭐예요? | '' | 버스 광고를 통해서 홍보한 사업이 뭐예요?",
            // a clause ending with nothing after it is no background
            "텃밭 하는 데가 있다던데 | '' | 텃밭 하는 데가 있다던데",
    })
    void tells_the_askers_circumstances_from_what_they_ask(String message, String background, String asked) {
        Lexicon.Circumstances split = BUNDLED.conversation().background(message);

        assertThat(split.background()).isEqualTo(background);
        assertThat(split.asked()).isEqualTo(asked);
    }

    @Test
    void reports_a_bad_pattern_an_unknown_kind_and_a_missing_version_with_file_and_line() {
        Map<String, String> files = new HashMap<>();
        files.put(LexiconFiles.KINDS, """
                version: 1
                kinds:
                  - kind: WHEN
                    asks: ["언제", "(unclosed"]
                  - kind: SOMETIME
                    asks: ["나중"]
                """);
        files.put(LexiconFiles.CONVERSATION, "intents: {}\n");
        LexiconFiles reader = new LexiconFiles(name -> Optional.ofNullable(files.get(name)));

        Lexicon lexicon = reader.load();

        assertThat(lexicon.kinds()).singleElement().satisfies(k -> assertThat(k.asks()).hasSize(1));
        assertThat(reader.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("dictionary/question-kinds.yaml");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(reader.problems()).anySatisfy(p -> assertThat(p.messageEn()).contains("unknown question kind: SOMETIME"));
        assertThat(reader.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("dictionary/conversation.yaml");
            assertThat(p.messageEn()).contains("version");
        });
        assertThat(reader.problems()).anySatisfy(p -> assertThat(p.file()).isEqualTo("dictionary/stopwords.txt"));
    }

    @Test
    void the_bundled_files_load_without_problems() {
        LexiconFiles reader = new LexiconFiles(name -> {
            try {
                return Optional.of(java.nio.file.Files.readString(Fixtures.BUNDLED_KNOWLEDGE.resolve("dictionary/" + name)));
            } catch (java.io.IOException e) {
                return Optional.empty();
            }
        });
        reader.load();

        assertThat(reader.problems()).isEmpty();
    }
}
