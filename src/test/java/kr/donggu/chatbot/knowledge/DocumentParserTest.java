package kr.donggu.chatbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kr.donggu.chatbot.knowledge.ValidationReport.Problem;
import kr.donggu.chatbot.knowledge.ValidationReport.Severity;
import kr.donggu.chatbot.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The criteria part of a document: a rule is stated only with a quote from its source. */
class DocumentParserTest {

    static String document(String status, String quote) {
        return """
                ---
                id: p
                title: 시험 사업
                audience: [enterprise]
                source:
                  - name: 시험 공고
                eligibility:
                  - criterion: enterprise_type
                    allowed: [협동조합]
                    status: %s
                %s---
                ## 대상
                협동조합이 참여했습니다.
                """.formatted(status, quote == null ? "" : "    quote: " + quote + "\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # a stated rule keeps its quote
            stated     | 협동조합만 신청할 수 있습니다 | STATED     | 협동조합만 신청할 수 있습니다 | 0
            # stated without a quote: reported, and read as to_confirm so no verdict rests on it
            stated     | -                       | TO_CONFIRM | -                       | 1
            # a rule to confirm may show the words it was read from
            to_confirm | 협동조합이 참여했다          | TO_CONFIRM | 협동조합이 참여했다          | 0
            to_confirm | -                       | TO_CONFIRM | -                       | 0
            """)
    void a_rule_is_stated_only_with_a_quote(String status, String quote, Criterion.Status read, String kept,
                                            int warnings) {
        DocumentParser parser = new DocumentParser("p.md", Lexicon.empty().sections());

        Criterion c = parser.parse(document(status, quote)).orElseThrow().eligibility().get(0);

        assertThat(c.status()).isEqualTo(read);
        assertThat(c.quote()).isEqualTo(kept);
        assertThat(parser.problems()).hasSize(warnings).allSatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.messageKo()).contains("'enterprise_type':").contains("quote").doesNotContain("은(는)");
        });
    }

    @Test
    void a_quote_longer_than_a_quote_is_reported() {
        DocumentParser parser = new DocumentParser("p.md", Lexicon.empty().sections());

        Criterion c = parser.parse(document("stated", "가".repeat(Criterion.QUOTE_MAX + 1))).orElseThrow()
                .eligibility().get(0);

        assertThat(c.status()).isEqualTo(Criterion.Status.TO_CONFIRM);
        assertThat(parser.problems()).extracting(Problem::messageEn)
                .anySatisfy(m -> assertThat(m).contains("longer than 100"));
    }

    @Test
    void every_bundled_criterion_is_valid_and_none_is_stated_without_its_source_saying_so() {
        KnowledgeBase kb = KnowledgeBase.load(Fixtures.BUNDLED_KNOWLEDGE);

        assertThat(kb.report().problems()).isEmpty();
        List<Criterion> all = kb.documents().stream().flatMap(d -> d.eligibility().stream()).toList();
        assertThat(all).isNotEmpty().allSatisfy(c -> {
            assertThat(c.quote() == null || c.quote().length() <= Criterion.QUOTE_MAX).isTrue();
            assertThat(c.status() != Criterion.Status.STATED || c.quote() != null).isTrue();
        });
    }
}
