package kr.donggu.chatbot.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProgramNamesTest {

    static final KnowledgeBase KB = KnowledgeBase.load(Fixtures.BUNDLED_KNOWLEDGE);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # part of a title, or a keyword that is part of it
            우리는 개인인데 텃밭 참여 가능해?             | urban-garden-life-transition
            씨앗 프로젝트 참여하고 싶어요                | seed-project-arts-education
            책방 굿즈 사업에 들어갈 수 있나요             | dongmyeong-exhibition-bookstore-goods
            사회혁신 협력 프로젝트에 참여할 수 있나요?     | social-innovation-project
            사회 공헌 프로젝트                         | social-contribution-project
            ESG 마켓                                | esg-environment-market
            네트워킹데이 참석 가능한가요                  | networking-day
            """)
    void finds_a_program_by_a_part_of_its_name(String text, String id) {
        assertThat(ProgramNames.find(text, KB)).map(ProgramDocument::id).contains(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"별별동구 사업에 참여할 수 있나요?", "사회적경제 지원사업", "노인 일자리 있나요"})
    void a_shared_or_general_word_names_no_program(String text) {
        assertThat(ProgramNames.find(text, KB)).isEmpty();
    }

    @Test
    void every_chip_fits_kakao_whole_and_leads_back_to_its_program() {
        for (ProgramDocument d : ProgramNames.withCriteria(KB)) {
            String chip = ProgramNames.chip(d);
            assertThat(chip).as(d.id()).hasSizeLessThanOrEqualTo(ProgramNames.CHIP_MAX).doesNotEndWith("…")
                    .doesNotStartWith("및");
            assertThat(d.title()).endsWith(chip);
            assertThat(ProgramNames.find(chip, KB)).map(ProgramDocument::id).contains(d.id());
        }
    }
}
