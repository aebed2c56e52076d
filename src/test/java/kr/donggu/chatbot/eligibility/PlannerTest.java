package kr.donggu.chatbot.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import kr.donggu.chatbot.eligibility.Planner.Outcome;
import kr.donggu.chatbot.knowledge.Criterion;
import kr.donggu.chatbot.knowledge.Criterion.Status;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which question could still change the outcome, and none other. */
class PlannerTest {

    static final Criterion TYPE_TO_CONFIRM = EligibilityEngineTest.type(Status.TO_CONFIRM);
    static final Criterion TYPE_STATED = new Criterion(Criterion.ENTERPRISE_TYPE, "참여 기업 유형",
            EligibilityEngineTest.type(Status.STATED).allowed(), Status.STATED, "대상", null, null, null, "인용");
    static final Criterion PLACE = EligibilityEngineTest.location(Status.TO_CONFIRM);
    static final Criterion TOGETHER = EligibilityEngineTest.collaboration(Status.TO_CONFIRM);

    static Slots slots(EnterpriseType type, Boolean inDonggu, Map<String, ShortAnswers.Answer> facts) {
        Slots s = new Slots(Map.of());
        if (type != null) {
            s.type(type);
        }
        if (inDonggu != null) {
            s.location(new Location(inDonggu, inDonggu ? "동구" : "광주 서구"));
        }
        facts.forEach(s::fact);
        return s;
    }

    static Stream<Arguments> table() {
        ProgramDocument toConfirm = EligibilityEngineTest.program(TYPE_TO_CONFIRM, PLACE, TOGETHER);
        ProgramDocument stated = EligibilityEngineTest.program(TYPE_STATED, PLACE, TOGETHER);
        var yes = Map.of("collaboration", ShortAnswers.Answer.YES);
        var dontKnow = Map.of("collaboration", ShortAnswers.Answer.UNKNOWN);
        return Stream.of(
                // nothing known: the first criterion is asked
                Arguments.of(toConfirm, slots(null, null, Map.of()), Criterion.ENTERPRISE_TYPE, Outcome.OPEN),
                // kind and place fit: only the yes/no question is left
                Arguments.of(toConfirm, slots(EnterpriseType.COOPERATIVE, true, Map.of()), "collaboration",
                        Outcome.OPEN),
                Arguments.of(toConfirm, slots(EnterpriseType.COOPERATIVE, true, yes), null, Outcome.MATCHES),
                // an ordinary company already differs from a to_confirm rule: nothing else could change that
                Arguments.of(toConfirm, slots(EnterpriseType.ORDINARY_COMPANY, null, Map.of()), null, Outcome.DIFFERS),
                Arguments.of(toConfirm, slots(EnterpriseType.COOPERATIVE, false, Map.of()), null, Outcome.DIFFERS),
                // a stated rule not met decides at once
                Arguments.of(stated, slots(EnterpriseType.ORDINARY_COMPANY, null, Map.of()), null, Outcome.INELIGIBLE),
                // differing from a to_confirm rule, a stated rule could still rule it out: ask it
                Arguments.of(stated, slots(null, false, Map.of()), Criterion.ENTERPRISE_TYPE, Outcome.DIFFERS),
                // "모르겠어요" is not asked again, and the outcome stays open
                Arguments.of(toConfirm, slots(EnterpriseType.COOPERATIVE, true, dontKnow), null, Outcome.OPEN));
    }

    @ParameterizedTest
    @MethodSource("table")
    void asks_only_what_could_change_the_outcome(ProgramDocument doc, Slots slots, String next, Outcome outcome) {
        Criterion asked = Planner.next(doc, slots);

        assertThat(asked == null ? null : asked.key()).isEqualTo(next);
        assertThat(Planner.outcome(doc, slots.applicant())).isEqualTo(outcome);
        assertThat(Planner.remaining(doc, slots) == 0).isEqualTo(next == null);
    }
}
