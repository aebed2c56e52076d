package kr.donggu.chatbot.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The claim guard on the examples and on the ways a caller uses it. */
class ClaimGuardTest {

    private final ClaimGuard guard = GuardFixture.GUARD;

    private GuardResult check(String answer, String topic) {
        return guard.check(answer, guard.evidenceFor(GuardFixture.KB, answer, List.of(topic), topic));
    }

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
            // what reached residents before (issue #19)
            "storytelling-marketing | 2025년에 5개 기업의 브랜딩을 지원했습니다.                  | COUNT",
            "storytelling-marketing | 선정된 기업 대표는 남병효 회장입니다.                        | PERSON_ROLE",
            "storytelling-marketing | 사회공헌 프로젝트는 단순한 기부 사업입니다.                  | POLARITY",
            "storytelling-marketing | 지원 기업은 내년에도 다시 선정됩니다.                       | FUTURE",
            "esg-environment-market | ESG 환경마켓은 매월 셋째 주 토요일 동구청 광장에서 열립니다.  | RECURRENCE",
            "esg-environment-market | 2026년에도 같은 방식으로 운영됩니다.                        | FUTURE",
            "esg-environment-market | ESG 환경마켓은 동구청 광장에서 열렸습니다.                   | PLACE",
            "social-contribution-project | (주)보나드스토리가 단독으로 프로그램을 운영했습니다.     | SCOPE",
            "social-contribution-project | 수혜 기관은 프로그램 운영에 참여하지 않았습니다.         | POLARITY",
            "esg-environment-market | 주요 기업 4개소의 브랜딩을 지원했습니다.                     | COUNT",
            "seed-project-arts-education | 씨앗프로젝트는 생애전환기 대상자와 함께 텃밭을 가꿨습니다. | PROGRAM",
    })
    void removes_what_no_document_sentence_says(String topic, String sentence, ClaimKind reason) {
        GuardResult result = check(sentence, topic);

        assertThat(result.removals()).singleElement().extracting(Removal::kind).isEqualTo(reason);
        assertThat(result.text()).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "storytelling-marketing | 2025년에 주요 기업 네 곳의 브랜딩을 지원했습니다.",
            "storytelling-marketing | 버스 광고와 아파트 엘리베이터 광고, 보도자료 배포 같은 여러 채널로 알렸습니다.",
            "social-contribution-project | 단순한 기부에 그치지 않고 수혜 기관의 적극적인 참여를 이끌어냈습니다.",
            "donggu-social-economy-association | 2025년 12월 기준으로 동구사회적경제연합회 회장은 남병효입니다.",
            "networking-day | 행사는 12월 18일에 개최되었습니다.",
            "esg-environment-market | ESG 환경마켓의 개최 날짜와 장소는 자료에 나와 있지 않습니다.",
            "esg-environment-market | 자세한 일정은 광주광역시 동구청 사회적경제 담당 부서에 문의해 주세요.",
    })
    void keeps_paraphrases_summaries_and_honest_gaps(String topic, String sentence) {
        assertThat(check(sentence, topic).changed()).isFalse();
    }

    @Test
    void a_statement_that_the_documents_lack_something_never_supports_it() {
        Evidence evidence = Evidence.ofText("ESG 환경마켓의 2026년 운영 여부는 이 자료에 나와 있지 않습니다.");

        GuardResult result = guard.check("ESG 환경마켓의 2026년 운영 여부는 확정되었습니다.", evidence);

        assertThat(result.removals()).singleElement().extracting(Removal::kind).isEqualTo(ClaimKind.POLARITY);
        assertThat(guard.check("ESG 환경마켓의 2026년 운영 여부는 자료에 없습니다.", evidence).changed()).isFalse();
    }

    @Test
    void a_sentence_without_a_subject_is_about_the_previous_sentences_subject() {
        String answer = "ESG 환경마켓은 환경을 주제로 한 마켓입니다. 주요 기업 4개소의 브랜딩을 지원했습니다.";

        // the evidence includes the storytelling document, which does say 4개소, but of another program
        GuardResult result = guard.check(answer, guard.evidenceFor(GuardFixture.KB, answer,
                List.of("esg-environment-market", "storytelling-marketing"), "esg-environment-market"));

        assertThat(result.text()).isEqualTo("ESG 환경마켓은 환경을 주제로 한 마켓입니다.");
        assertThat(result.removals()).singleElement().extracting(Removal::kind).isEqualTo(ClaimKind.PROGRAM);
    }

    @Test
    void keeps_line_breaks_and_drops_lines_left_empty() {
        String answer = """
                스토리텔링 마케팅 지원사업에 대해 안내해 드립니다.
                2025년에 5개 기업의 브랜딩을 지원했습니다.
                버스 광고와 공동주택 엘리베이터 광고를 활용했습니다. 매주 월요일에 보도자료를 냈습니다.""";

        GuardResult result = check(answer, "storytelling-marketing");

        assertThat(result.text()).isEqualTo("""
                스토리텔링 마케팅 지원사업에 대해 안내해 드립니다.
                버스 광고와 공동주택 엘리베이터 광고를 활용했습니다.""");
        assertThat(result.removals()).extracting(Removal::kind).containsExactly(ClaimKind.COUNT, ClaimKind.RECURRENCE);
        assertThat(result.nothingLeft()).isFalse();
    }

    @Test
    void reports_nothing_left_when_every_sentence_is_invented() {
        GuardResult result = check("지원금은 300만 원입니다.\n전화는 010-1111-2222입니다.", "storytelling-marketing");

        assertThat(result.nothingLeft()).isTrue();
        assertThat(result.removals()).extracting(Removal::kind).containsExactly(ClaimKind.AMOUNT, ClaimKind.PHONE);
    }

    @Test
    void every_sentence_of_every_document_supports_itself_and_a_changed_number_does_not() {
        // the embedded answerer copies document sentences: that check must pass them all and catch any drift
        for (ProgramDocument doc : GuardFixture.KB.documents()) {
            Evidence evidence = Evidence.ofDocuments(GuardFixture.KB, List.of(doc.id()), doc.id());
            List<String> sentences = evidence.passages().stream()
                    .flatMap(p -> GuardText.allSentences(p.text()).stream()).toList();

            assertThat(guard.check(sentences, evidence).removals()).as(doc.id()).isEmpty();
        }
        Evidence networking = Evidence.ofDocuments(GuardFixture.KB, List.of("networking-day"), "networking-day");
        assertThat(guard.check(List.of("2025년 동구 사회적경제 네트워킹 DAY는 2025년 12월 17일에 열렸습니다."), networking)
                .removals()).extracting(Removal::kind).containsExactly(ClaimKind.DATE);
    }

    @Test
    void checks_a_curated_answer_against_the_text_it_cites() {
        Evidence citation = Evidence.ofText("스토리텔링 마케팅 지원사업은 2025년에 주요 기업 4개소를 대상으로 브랜딩을 지원했습니다.");

        assertThat(guard.check("주요 기업 네 곳의 브랜딩을 지원했습니다.", citation).changed()).isFalse();
        assertThat(guard.check("주요 기업 다섯 곳의 브랜딩을 지원했습니다.", citation).removals())
                .extracting(Removal::kind).containsExactly(ClaimKind.COUNT);
    }

    @Test
    void a_list_of_the_topics_parts_is_checked_item_by_item() {
        String list = "세부 프로젝트로는 ESG 환경마켓, 도심 텃밭, 씨앗프로젝트, 관광기획, 동명목재문화센터 전시·굿즈 사업이 있었습니다.";
        String wrong = "세부 프로젝트로는 ESG 환경마켓, 스토리텔링 마케팅, 씨앗프로젝트가 있었습니다.";

        assertThat(check(list, "social-innovation-project").changed()).isFalse();
        assertThat(check(wrong, "social-innovation-project").changed()).isTrue();
    }

    @Test
    void tells_which_kinds_of_fact_a_kept_or_removed_sentence_carried() {
        GuardResult result = check("스토리텔링 마케팅 지원사업은 2025년에 5개 기업을 지원했습니다. 버스 광고를 활용했습니다.",
                "storytelling-marketing");

        assertThat(result.removedAny(List.of(ClaimKind.COUNT))).isTrue();
        assertThat(result.keptAny(List.of(ClaimKind.COUNT))).isFalse();
    }

    @Test
    void names_the_documents_an_answer_mentions() {
        assertThat(guard.namedDocuments("김유미 대표의 (주)보나드스토리는 사회공헌 프로젝트에 참여했습니다."))
                .containsExactlyInAnyOrder("bonad-story", "social-contribution-project");
    }
}
