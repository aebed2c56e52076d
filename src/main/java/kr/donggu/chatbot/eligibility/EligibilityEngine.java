package kr.donggu.chatbot.eligibility;

import java.util.ArrayList;
import java.util.List;
import kr.donggu.chatbot.knowledge.Criterion;
import kr.donggu.chatbot.knowledge.ProgramDocument;

/**
 * Checks an applicant against a program's criteria, deterministically. A stated criterion that is not met makes the
 * verdict {@code ineligible}; an unknown fact, or any criterion the source does not state firmly (to_confirm),
 * makes it {@code needs_confirmation}, met or not, because a to_confirm rule is our reading, not the district's;
 * only when every criterion is stated and met is it {@code eligible}. Contradictions are not resolved by guessing:
 * the enterprise type given is taken as it is, and an unmet to_confirm rule can never make it ineligible.
 */
public final class EligibilityEngine {

    public ProgramVerdict check(ProgramDocument program, Applicant applicant) {
        if (program.eligibility().isEmpty()) {
            return new ProgramVerdict(program.id(), program.title(), Verdict.NEEDS_CONFIRMATION,
                    List.of(new ProgramVerdict.Reason("none", null, "이 사업의 참여 자격은 자료에 나와 있지 않습니다. "
                            + "광주광역시 동구청 사회적경제 담당 부서에 확인해 주세요.", program.id())), List.of());
        }
        List<ProgramVerdict.Reason> reasons = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        boolean failedStated = false;
        boolean uncertain = false;
        for (Criterion c : program.eligibility()) {
            Boolean met = Rules.met(c, applicant);
            reasons.add(new ProgramVerdict.Reason(c.key(), met, Rules.explain(c, applicant, met),
                    program.id() + " · " + (c.section() == null ? "개요" : c.section())));
            if (met == null) {
                missing.add(c.key());
                uncertain = true;
            } else if (c.status() == Criterion.Status.TO_CONFIRM) {
                uncertain = true;
            } else if (!met) {
                failedStated = true;
            }
        }
        Verdict verdict = failedStated ? Verdict.INELIGIBLE : uncertain ? Verdict.NEEDS_CONFIRMATION : Verdict.ELIGIBLE;
        return new ProgramVerdict(program.id(), program.title(), verdict, List.copyOf(reasons), List.copyOf(missing));
    }
}
