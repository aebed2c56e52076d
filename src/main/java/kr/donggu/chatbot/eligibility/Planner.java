package kr.donggu.chatbot.eligibility;

import java.util.List;
import java.util.Map;
import kr.donggu.chatbot.knowledge.Criterion;
import kr.donggu.chatbot.knowledge.ProgramDocument;

/**
 * What the answers so far mean for one program, and which question could still change that. A question is asked
 * only when its two possible answers lead to different outcomes: once an organisation is known to differ from a
 * to_confirm rule, more to_confirm questions change nothing, while a stated rule can still rule it out.
 */
final class Planner {

    /** From firm no to firm yes; the middle three all read "확인 필요" to the asker. */
    enum Outcome {
        /** A stated criterion is not met. */
        INELIGIBLE,
        /** Only to_confirm criteria decide, and one of them is not met: unlike the 2025 program. */
        DIFFERS,
        /** Something is still unknown. */
        OPEN,
        /** Every criterion is met, but some are only to_confirm: like the 2025 program. */
        MATCHES,
        /** Every criterion is stated and met. */
        ELIGIBLE
    }

    private Planner() {
    }

    static Outcome outcome(ProgramDocument doc, Applicant applicant) {
        return outcome(doc, applicant, Map.of());
    }

    /** The next criterion worth asking about, in the document's order; null when none could change the outcome. */
    static Criterion next(ProgramDocument doc, Slots slots) {
        List<Criterion> open = unasked(doc, slots);
        return open.isEmpty() ? null : open.get(0);
    }

    /** How many questions could still change the outcome now (at most; an answer may settle the rest). */
    static int remaining(ProgramDocument doc, Slots slots) {
        return unasked(doc, slots).size();
    }

    private static List<Criterion> unasked(ProgramDocument doc, Slots slots) {
        Applicant a = slots.applicant();
        return doc.eligibility().stream()
                .filter(c -> Rules.met(c, a) == null && slots.fact(c.key()).isEmpty())
                .filter(c -> outcome(doc, a, Map.of(c.key(), true)) != outcome(doc, a, Map.of(c.key(), false)))
                .toList();
    }

    private static Outcome outcome(ProgramDocument doc, Applicant a, Map<String, Boolean> assumed) {
        boolean differs = false;
        boolean open = false;
        boolean allStated = true;
        for (Criterion c : doc.eligibility()) {
            Boolean m = assumed.containsKey(c.key()) ? assumed.get(c.key()) : Rules.met(c, a);
            boolean stated = c.status() == Criterion.Status.STATED;
            allStated &= stated;
            if (Boolean.FALSE.equals(m) && stated) {
                return Outcome.INELIGIBLE;
            }
            differs |= Boolean.FALSE.equals(m);
            open |= m == null;
        }
        if (differs) {
            return Outcome.DIFFERS;
        }
        return open ? Outcome.OPEN : allStated ? Outcome.ELIGIBLE : Outcome.MATCHES;
    }
}
