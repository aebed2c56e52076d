package kr.donggu.chatbot.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kr.donggu.chatbot.knowledge.Audience;
import kr.donggu.chatbot.knowledge.EntityKind;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.Section;
import kr.donggu.chatbot.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The preview's sample questions, from {@code dictionary/preview-questions.yaml}. */
class PreviewQuestionsTest {

    private static final PreviewQuestions BUNDLED = PreviewQuestions.load(Fixtures.BUNDLED_KNOWLEDGE);

    @Test
    void three_questions_about_the_sections_a_document_has_with_its_short_name() {
        ProgramDocument networking = KnowledgeBase.load(Fixtures.BUNDLED_KNOWLEDGE).find("networking-day").orElseThrow();

        assertThat(BUNDLED.forDocument(networking)).containsExactly("네트워킹 DAY는 언제 열려요?",
                "네트워킹 DAY는 누가 참여할 수 있어요?", "네트워킹 DAY에 대해 어디에 문의하면 되나요?");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the particle follows the name's last syllable
            "청년 창업 설명회 | 장소 | 청년 창업 설명회는 어디서 해요?",
            "도시 텃밭 | 장소 | 도시 텃밭은 어디서 해요?",
            "마을장터 | 개요 | 마을장터가 뭐예요?",
            "씨앗 프로젝트 | 개요 | 씨앗 프로젝트가 뭐예요?",
            "네트워킹 DAY | 개요 | 네트워킹 DAY가 뭐예요?",
    })
    void the_name_takes_the_particle_its_last_syllable_needs(String name, String heading, String first) {
        assertThat(BUNDLED.forDocument(document(name, heading))).first().isEqualTo(first);
    }

    @Test
    void a_document_with_fewer_matching_sections_still_gets_three_questions() {
        assertThat(BUNDLED.forDocument(document("마을장터", "성과"))).hasSize(3)
                .first().isEqualTo("마을장터의 성과는 어땠어요?");
    }

    @Test
    void a_broken_file_stops_the_start_naming_the_entry() {
        assertThatThrownBy(() -> PreviewQuestions.parse(DataFile.parse("dictionary/preview-questions.yaml", """
                version: 1
                questions:
                  - {heading: 일정, question: "언제 해요?"}
                """))).hasMessageContaining("questions[0]").hasMessageContaining("{name}");
        assertThatThrownBy(() -> PreviewQuestions.parse(DataFile.parse("dictionary/preview-questions.yaml", """
                version: 1
                questions:
                  - {heading: 일정, question: "{name:의} 날짜는?"}
                """))).hasMessageContaining("{name:의}");
    }

    private static ProgramDocument document(String name, String heading) {
        return new ProgramDocument("x", name, "행사", null, List.of(Audience.RESIDENT), "", List.of(), null, null, null,
                List.of(), null, List.of(), List.of(new Section(heading, "내용입니다.")), "programs/x.md",
                EntityKind.PROGRAM, List.of(), List.of());
    }
}
