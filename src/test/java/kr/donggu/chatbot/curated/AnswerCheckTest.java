package kr.donggu.chatbot.curated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import kr.donggu.chatbot.guard.ClaimGuard;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.store.StoredAnswer.Citation;
import kr.donggu.chatbot.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A curated answer against the section it cites, with the bundled documents and their fact guard. */
class AnswerCheckTest {

    static final KnowledgeBase KB = KnowledgeBase.load(Fixtures.BUNDLED_KNOWLEDGE);
    static final ClaimGuard GUARD = ClaimGuard.forKnowledge(KB);
    static final LocalDate TODAY = LocalDate.parse("2026-11-24");

    private static AnswerDraft draft(String answer, String docId, String section) {
        return new AnswerDraft("질문입니다", List.of(), answer, List.of(new Citation(docId, section)), null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the section's statement with another count, number or date
            "협동조합은 조합원 3인 이상이 모여 설립합니다. | social-economy-enterprise-types | 협동조합 | 3인",
            "스토리텔링 마케팅 지원사업은 2025년에 주요 기업 6개소의 브랜딩을 지원했습니다. | storytelling-marketing | 대상 | 6개소",
            "2025년 네트워킹 DAY는 12월 20일에 열렸습니다. | networking-day | 일정 | 12월 20일",
    })
    void refuses_a_sentence_that_says_what_its_section_says_with_another_fact(String answer, String docId,
                                                                              String section, String fact) {
        assertThatThrownBy(() -> new AnswerCheck().check(draft(answer, docId, section), KB, GUARD, TODAY))
                .isInstanceOfSatisfying(Rejected.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.code()).isEqualTo("contradicts_source");
                    assertThat(e.getMessage()).contains(fact).contains(section).contains("맞지 않습니다");
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the section's own facts, and something it does not say at all
            "협동조합은 조합원 5인 이상이 모여 설립합니다. 설립 상담은 동구청 사회적경제 담당 부서에서 받습니다. | social-economy-enterprise-types | 협동조합",
            "2026년 행사 일정은 정해지는 대로 동구청 누리집에 안내합니다. | networking-day | 일정",
            "스토리텔링 마케팅 지원사업의 2026년 신청은 3월에 받을 예정입니다. | storytelling-marketing | 신청·문의",
    })
    void keeps_what_the_section_says_and_what_it_does_not_say(String answer, String docId, String section) {
        AnswerDraft checked = new AnswerCheck().check(draft(answer, docId, section), KB, GUARD, TODAY);

        assertThat(checked.answer()).isEqualTo(answer);
        assertThat(checked.sources()).containsExactly(new Citation(docId, section));
    }

    @Test
    void tidies_phrasings_and_masks_personal_data_in_them() {
        AnswerDraft checked = new AnswerCheck().check(new AnswerDraft("  주차장 몇 시까지 해요? ",
                List.of("주차장 몇 시까지 해요?", " 010-1234-5678로 연락 주세요 ", "", "주차 시간"), "답변입니다.",
                List.of(), TODAY), KB, GUARD, TODAY);

        assertThat(checked.question()).isEqualTo("주차장 몇 시까지 해요?");
        assertThat(checked.variants()).containsExactly("[전화번호]로 연락 주세요", "주차 시간");
        assertThat(checked.validUntil()).isEqualTo(TODAY);
    }
}
