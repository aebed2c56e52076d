package kr.donggu.chatbot.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kr.donggu.chatbot.knowledge.Audience;
import kr.donggu.chatbot.knowledge.Criterion;
import kr.donggu.chatbot.knowledge.Criterion.Status;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.Section;
import kr.donggu.chatbot.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class EligibilityEngineTest {

    private static final List<String> SOCIAL = List.of("사회적기업", "예비사회적기업", "협동조합", "사회적협동조합", "마을기업", "자활기업");
    private static final Location DONGGU = new Location(true, "광주광역시 동구");
    private static final Location ELSEWHERE = new Location(false, "부산 동구");
    private final EligibilityEngine engine = new EligibilityEngine();

    static ProgramDocument program(Criterion... criteria) {
        return new ProgramDocument("p", "시험 사업", "행사", null, List.of(Audience.ENTERPRISE), "", List.of(), 2025, null,
                null, List.of(), null, List.of(criteria), List.of(new Section("대상", "대상 설명.")), "p.md");
    }

    static Criterion type(Status status) {
        return new Criterion(Criterion.ENTERPRISE_TYPE, "참여 기업 유형", SOCIAL, status, "대상", null, null, null);
    }

    static Criterion location(Status status) {
        return new Criterion(Criterion.LOCATION, "소재지", List.of("광주광역시 동구"), status, "대상", null, null, null);
    }

    static Criterion collaboration(Status status) {
        return new Criterion("collaboration", "공동 기획", List.of(), status, "대상", "함께 하시나요?", true, null);
    }

    static Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (EnterpriseType t : EnterpriseType.values()) {
            boolean social = t.isSocialEconomy();
            // all stated, in Dong-gu: the kind decides
            rows.add(Arguments.of(program(type(Status.STATED), location(Status.STATED)), new Applicant(t, DONGGU, null),
                    social ? Verdict.ELIGIBLE : Verdict.INELIGIBLE, List.of()));
            // stated kind, outside Dong-gu: never eligible
            rows.add(Arguments.of(program(type(Status.STATED), location(Status.STATED)), new Applicant(t, ELSEWHERE, null),
                    Verdict.INELIGIBLE, List.of()));
            // location only to be confirmed: at best needs confirmation
            rows.add(Arguments.of(program(type(Status.STATED), location(Status.TO_CONFIRM)), new Applicant(t, DONGGU, null),
                    social ? Verdict.NEEDS_CONFIRMATION : Verdict.INELIGIBLE, List.of()));
            // a to_confirm kind rule that is not met is not a firm no
            rows.add(Arguments.of(program(type(Status.TO_CONFIRM)), new Applicant(t, null, null),
                    Verdict.NEEDS_CONFIRMATION, List.of()));
        }
        // unknown facts are listed as missing
        rows.add(Arguments.of(program(type(Status.STATED), location(Status.STATED)), new Applicant(null, null, null),
                Verdict.NEEDS_CONFIRMATION, List.of("enterprise_type", "location")));
        rows.add(Arguments.of(program(type(Status.STATED), collaboration(Status.STATED)),
                new Applicant(EnterpriseType.COOPERATIVE, null, Map.of()), Verdict.NEEDS_CONFIRMATION, List.of("collaboration")));
        // yes/no answered both ways
        rows.add(Arguments.of(program(collaboration(Status.STATED)),
                new Applicant(null, null, Map.of("collaboration", true)), Verdict.ELIGIBLE, List.of()));
        rows.add(Arguments.of(program(collaboration(Status.STATED)),
                new Applicant(null, null, Map.of("collaboration", false)), Verdict.INELIGIBLE, List.of()));
        // contradictory: an ordinary company claiming social-enterprise facts is still judged by its kind
        rows.add(Arguments.of(program(type(Status.STATED)),
                new Applicant(EnterpriseType.ORDINARY_COMPANY, DONGGU, Map.of("certified_social_enterprise", true)),
                Verdict.INELIGIBLE, List.of()));
        // a program without criteria can only be confirmed with the office
        rows.add(Arguments.of(program(), new Applicant(EnterpriseType.COOPERATIVE, DONGGU, null),
                Verdict.NEEDS_CONFIRMATION, List.of()));
        return rows.stream();
    }

    @ParameterizedTest
    @MethodSource("table")
    void decides_by_the_rules(ProgramDocument program, Applicant applicant, Verdict expected, List<String> missing) {
        ProgramVerdict v = engine.check(program, applicant);

        assertThat(v.verdict()).isEqualTo(expected);
        assertThat(v.missing()).containsExactlyElementsOf(missing);
        assertThat(v.reasons()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.explanation()).isNotBlank().containsPattern("(니다|세요)\\.$");
            assertThat(r.source()).startsWith("p");
        });
    }

    @ParameterizedTest
    @EnumSource(EnterpriseType.class)
    void no_bundled_program_rules_anyone_out_because_the_source_states_no_rule(EnterpriseType type) {
        KnowledgeBase kb = KnowledgeBase.load(Fixtures.BUNDLED_KNOWLEDGE);
        for (ProgramDocument doc : kb.documents()) {
            ProgramVerdict v = engine.check(doc, new Applicant(type, DONGGU, Map.of()));
            assertThat(v.reasons()).hasSize(Math.max(1, doc.eligibility().size()));
            // the article describes what the 2025 programs were; it states no rule about who may apply
            assertThat(v.verdict()).as(doc.id()).isEqualTo(Verdict.NEEDS_CONFIRMATION);
        }
    }

    @Test
    void an_unmet_rule_to_confirm_is_explained_as_such() {
        KnowledgeBase kb = KnowledgeBase.load(Fixtures.BUNDLED_KNOWLEDGE);
        ProgramDocument doc = kb.find("social-contribution-project").orElseThrow();

        ProgramVerdict v = engine.check(doc, new Applicant(EnterpriseType.ORDINARY_COMPANY, DONGGU, Map.of()));

        assertThat(v.reasons().get(0).met()).isFalse();
        assertThat(v.reasons().get(0).explanation()).startsWith("일반기업은 참여 기업 유형(")
                .contains("명시된 것이 아니라").doesNotContain("은(는)");
    }
}
