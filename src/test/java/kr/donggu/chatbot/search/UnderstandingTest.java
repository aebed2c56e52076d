package kr.donggu.chatbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a question is read before it is searched, on the bundled language data: dialect and colloquial rewrites,
 * names as whole words, synonyms as whole terms, and general services that are not programs.
 */
class UnderstandingTest {

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
            // Jeolla dialect and chat forms become standard Korean
            "텃밭 어디서 했당가? | 텃밭 어디서 했나요?",
            "씨앗프로젝트 갈켜주쇼 | 씨앗프로젝트 가르쳐 주세요",
            "거시기 그 환경마켓 뭣하는 거여 | 그 환경마켓 무엇을 하는 거여",
            "사혁 프젝 다섯개 알려줘 | 사회혁신 프로젝트 다섯개 알려줘",
            "네트워킹 데이 언제 했어요잉? | 네트워킹 데이 언제 했어요?",
            // the asker introducing themselves is not what they ask about
            "저희는 동구 협동조합인데 텃밭 누가 했어요? | 동구 텃밭 누가 했어요?",
            // what the asker's enterprise does says what they look for; what kind of enterprise it is does not
            "돌봄 일 하는 마을기업인데 같이 할 조직 있어요? | 돌봄 일 하는 같이 할 조직 있어요?",
            "홍보 담당 직원이에요. 광고는 어디에 했어요? | 광고는 어디에 했어요?",
            // a question about a role is not an introduction
            "김유미 씨가 대표예요? | 김유미 씨가 대표예요?",
            "그 장터 뭔 사업이여잉? | 그 장터 뭔 사업인가요?",
            "텃밭 했어잉 | 텃밭 했어요",
            "씨앗 뭐시기라는 걸 들었어요 | 씨앗 걸 들었어요",
            "기자인데요, 텃밭은 누가 했나요? | 텃밭은 누가 했나요?",
            "엄니가 댕기는 노인정에 머 해주는 사업 있당가? | 어머니가 다니는 노인정에 뭐 해주는 사업 있나요?",
    })
    void reads_dialect_and_colloquial_korean_as_standard(String message, String understood) {
        assertThat(index.normalize(message)).isEqualTo(understood);
    }

    @Test
    void reduces_a_rambling_message_to_the_sentences_that_ask() {
        String message = "안녕하세요 저는 동구 사는 주부예요. 요즘 손주 보느라 정신이 없어요. 어제 아파트 엘리베이터에 "
                + "광고가 붙어 있었어요. 그 광고 하는 사업이 뭐예요?";

        assertThat(index.normalize(message)).isEqualTo("그 광고 하는 사업이 뭐예요?");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "도심텃밭 누가 했어요? | urban-garden-life-transition",
            "(주)보나드스토리 대표는? | bonad-story",
            "보나드스토리 대표는? | bonad-story",
            "사회공한 프로젝트 알려줘 | social-contribution-project",
            // a letter left out, a letter too many
            "사회공허 프로젝트 알려줘 | social-contribution-project",
            "동명목재문화센턴 전시 | dongmyeong-exhibition-bookstore-goods",
            "What is the networking day? | networking-day",
    })
    void finds_names_as_whole_words_spacing_and_one_slip_forgiven(String question, String docId) {
        assertThat(index.mentions(question)).extracting(Mention::docId).contains(docId);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"퇴직연금 받는 방법", "불법 광고물 신고하려면", "연말에 기부하고 싶은데",
            "국립아시아문화전당 전시장 관람 시간", "주말농장 신청", "청년 정책 알려줘", "어르신 돌봄 서비스 신청"})
    void takes_no_general_service_for_a_program(String question) {
        SearchResult result = index.search(question, 5);

        assertThat(result.named()).as("named a program").isFalse();
        assertThat(result.confident()).as("confident").isFalse();
    }

    @Test
    void a_synonym_of_a_program_name_names_it() {
        SearchResult result = index.search("친환경 장터 같은 거 열렸어요?", 5);

        assertThat(result.mentioned()).contains("esg-environment-market");
        assertThat(result.evidence()).first().extracting(Evidence::docId).isEqualTo("esg-environment-market");
    }

    @Test
    void lists_whole_when_a_list_is_asked_for() {
        List<Evidence> evidence = index.search("사회혁신 협력 프로젝트 세부 사업 알려줘", 5).evidence();

        assertThat(evidence.stream().filter(e -> e.list() >= 0).map(Evidence::text))
                .anyMatch(t -> t.startsWith("첫째")).anyMatch(t -> t.startsWith("다섯째"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the program the question names, not another program's 성과 with the same words
            "사회공헌 프로젝트는 어떤 효과가 있었어요? | social-contribution-project",
            // words of a program's title used without its name
            "문화예술교육 관련 사업 있어요? | seed-project-arts-education",
            // "어디 시설" asks which facilities, not where
            "사회공헌 프로젝트는 어디 시설이랑 해요? | social-contribution-project",
    })
    void answers_from_the_document_the_question_is_about(String question, String docId) {
        SearchResult result = index.search(question, 3, null);

        assertThat(result.confident()).isTrue();
        assertThat(result.evidence().get(0).docId()).isEqualTo(docId);
    }

    @Test
    void which_facilities_is_answered_by_the_sentence_that_names_them() {
        SearchResult result = index.search("사회공헌 프로젝트는 어디 시설이랑 해요?", 3, null);

        assertThat(result.kind()).isNotEqualTo(kr.donggu.chatbot.knowledge.QuestionKind.WHERE);
        assertThat(result.evidence().get(0).text()).contains("아동·청소년·장애인·노인");
    }

    @Test
    void a_person_before_their_company_only_says_whose() {
        SearchResult result = index.search("김유미 대표 회사는 어디에 참여했어요?", 3, null);

        assertThat(result.evidence().get(0).section()).isEqualTo("참여 기업");
    }

    @Test
    void loads_the_bundled_knowledge_without_problems() {
        assertThat(KnowledgeBase.load(Fixtures.BUNDLED_KNOWLEDGE).report().problems()).isEmpty();
    }
}
