package kr.donggu.chatbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermGroupsTest {

    /** Stands in for Nori: 이점 loses its first syllable, as the analyser does with a prefix-like 이. */
    private static final Map<String, List<String>> ANALYSED = Map.of(
            "장점", List.of("장점"), "이점", List.of("점"), "혜택", List.of("혜택"), "예", List.of("예"),
            "사례", List.of("사례"), "친환경 장터", List.of("친", "환경", "장터"), "환경마켓", List.of("환경", "마켓"));

    private static List<String> analyse(String text) {
        return ANALYSED.getOrDefault(text, List.of(text.split("\\s+")));
    }

    @Test
    void a_word_the_analysis_shortened_to_one_syllable_stands_for_nothing() {
        TermGroups groups = new TermGroups(List.of(List.of("장점", "이점", "혜택")), TermGroupsTest::analyse);

        TermGroups.Slot slot = groups.slots(List.of("장점")).get(0);

        assertThat(slot.alternatives()).containsExactly(List.of("장점"), List.of("혜택"));
        assertThat(slot.filledBy(java.util.Set.of("점", "의미"))).isFalse();
    }

    @Test
    void a_one_syllable_word_written_as_such_is_kept() {
        TermGroups groups = new TermGroups(List.of(List.of("사례", "예")), TermGroupsTest::analyse);

        assertThat(groups.slots(List.of("사례")).get(0).alternatives()).contains(List.of("예"));
    }

    @Test
    void the_longest_expression_makes_one_slot() {
        TermGroups groups = new TermGroups(List.of(List.of("환경마켓", "친환경 장터")), TermGroupsTest::analyse);

        List<TermGroups.Slot> slots = groups.slots(List.of("친", "환경", "장터", "위치"));

        assertThat(slots).extracting(TermGroups.Slot::original)
                .containsExactly(List.of("친", "환경", "장터"), List.of("위치"));
        assertThat(slots.get(0).filledBy(java.util.Set.of("환경", "마켓"))).isTrue();
    }
}
