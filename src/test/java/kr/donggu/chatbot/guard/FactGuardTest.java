package kr.donggu.chatbot.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactGuardTest {

    private static final List<String> SOURCES = List.of(
            "동구는 2025년 '별별동구 사회혁신 협력 프로젝트'를 통해 총 5개 프로젝트를 추진했습니다.",
            "동구 사회적경제 네트워킹 DAY는 2025년 12월 18일에 열렸습니다.",
            "스토리텔링 마케팅 지원사업은 주요 기업 4개소의 브랜딩을 지원했습니다.",
            "(주)보나드스토리 김유미 대표와 동구사회적경제연합회 남병효 회장이 참석했습니다.");
    private final FactGuard guard = new FactGuard(Set.of("별별동구 사회혁신 협력 프로젝트"));

    @Test
    void passes_a_correct_answer_untouched() {
        String answer = """
                별별동구 사회혁신 협력 프로젝트에 대해 안내해 드립니다.
                2025년에 총 다섯 개 프로젝트를 추진했습니다. 네트워킹 DAY는 2025. 12. 18. 열렸습니다.
                주요 기업 네 곳의 브랜딩을 지원했고, (주)보나드스토리가 참석했습니다.""";

        GuardResult result = guard.check(answer, SOURCES);

        assertThat(result.removals()).isEmpty();
        assertThat(result.text()).isEqualTo(answer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "지원금은 500만 원입니다. | AMOUNT",
            "문의는 062-608-2000으로 해 주세요. | PHONE",
            "2026년 3월 2일에 모집합니다. | DATE",
            "자세한 내용은 social@donggu.go.kr 로 보내 주세요. | EMAIL",
            "신청은 https://www.donggu.kr/apply 에서 하세요. | URL",
            "광주사회혁신재단과 함께 운영합니다. | ORGANISATION",
            "참여 기업은 12곳입니다. | COUNT",
    })
    void removes_a_sentence_carrying_an_invented_fact(String invented, FactKind kind) {
        String answer = "동구는 총 5개 프로젝트를 추진했습니다. " + invented + " 네트워킹 DAY는 12월 18일에 열렸습니다.";

        GuardResult result = guard.check(answer, SOURCES);

        assertThat(result.removals()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(kind);
            assertThat(r.sentence()).isEqualTo(invented);
        });
        assertThat(result.text()).isEqualTo("동구는 총 5개 프로젝트를 추진했습니다. 네트워킹 DAY는 12월 18일에 열렸습니다.");
    }

    @Test
    void reports_nothing_left_when_every_sentence_is_invented() {
        GuardResult result = guard.check("지원금은 300만 원입니다.\n전화는 010-1111-2222입니다.", SOURCES);

        assertThat(result.nothingLeft()).isTrue();
        assertThat(result.removals()).hasSize(2);
    }

    @Test
    void keeps_sentences_without_facts() {
        String answer = "동구청 사회적경제 담당 부서에 확인해 주세요. 도움이 되었기를 바랍니다.";
        assertThat(guard.check(answer, SOURCES).changed()).isFalse();
    }
}
