package kr.donggu.chatbot.eligibility;

import java.util.Optional;
import kr.donggu.chatbot.eligibility.EligibilityDialogue.Turn;
import kr.donggu.chatbot.eligibility.ShortAnswers.Answer;
import kr.donggu.chatbot.eligibility.Slots.Flow;
import kr.donggu.chatbot.knowledge.Criterion;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;

/**
 * Reads a message as the answer to the question the dialogue asked last: a kind, a place, a program, or 예 / 아니요 /
 * 모르겠어요. "네" to "다른 사업도 확인해 드릴까요?" means yes to that question, not a new question.
 */
final class PendingAnswer {

    private final Hearing hearing;
    private final KnowledgeBase kb;
    private final Slots slots;
    private final Turns turns;

    PendingAnswer(Hearing hearing, KnowledgeBase kb, Slots slots, Turns turns) {
        this.hearing = hearing;
        this.kb = kb;
        this.slots = slots;
        this.turns = turns;
    }

    /** Empty when the message does not answer the pending question (nor says anything new of the asker). */
    Optional<Turn> take(String message, Optional<ProgramDocument> doc) {
        if (hearing.asking().isQuestion(message.replace("?", ""))) {
            return Optional.empty();   // "네트워킹 데이는 언제 열렸어요?" names a program, but asks something else
        }
        String pending = slots.pending();
        Optional<Answer> yesNo = hearing.answers().of(message);
        if (pending.equals(Turns.PROGRAM) || pending.equals(Turns.ANOTHER)) {
            return program(message, yesNo);
        }
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        boolean paused = slots.flow() == Flow.PAUSED;
        boolean took = switch (pending) {
            case Turns.TYPE, Turns.FORM -> kind(message, pending.equals(Turns.FORM), yesNo);
            case Turns.LOCATION -> place(message, yesNo);
            default -> pending.startsWith(Turns.FACT) && fact(pending.substring(Turns.FACT.length()), yesNo);
        };
        boolean toldUs = took || hearing.asking().aboutThemselves(message) && !hearing.asking().isQuestion(message);
        boolean heard = toldUs && hearing.absorb(message, slots);
        if (yesNo.filter(a -> a == Answer.NO).isPresent() && !took && slots.flow() == Flow.OFFERING) {
            return Optional.of(turns.closed());   // 아니요 to "유형을 알려 주시면 비교해 드릴게요"
        }
        if (took || heard || yesNo.isPresent()) {
            slots.flow(Flow.ASKING, pending);
            return Optional.of(paused ? turns.resume(doc.get()) : turns.next(doc.get()));
        }
        return Optional.empty();
    }

    private Optional<Turn> program(String message, Optional<Answer> yesNo) {
        Optional<ProgramDocument> named = ProgramNames.find(message, kb);
        if (named.isPresent()) {
            hearing.absorb(message, slots);
            slots.flow(Flow.ASKING, "");
            return Optional.of(turns.next(named.get()));
        }
        if (yesNo.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(yesNo.get() == Answer.YES ? turns.pickProgram(ProgramNames.main(kb)) : turns.closed());
    }

    private boolean kind(String message, boolean afterLegalForm, Optional<Answer> yesNo) {
        Optional<EnterpriseType> type = hearing.kinds().answer(message, afterLegalForm);
        if (type.isPresent()) {
            slots.type(type.get());
            return true;
        }
        Optional<String> form = hearing.kinds().legalForm(message);
        form.ifPresent(slots::form);
        return form.isPresent() || unknown(Criterion.ENTERPRISE_TYPE, yesNo);
    }

    private boolean place(String message, Optional<Answer> yesNo) {
        Optional<Location> place = hearing.places().find(message, true);
        place.ifPresent(slots::location);
        return place.isPresent() || unknown(Criterion.LOCATION, yesNo);
    }

    private boolean fact(String criterion, Optional<Answer> yesNo) {
        yesNo.ifPresent(a -> slots.fact(criterion, a));
        return yesNo.isPresent();
    }

    /** "모르겠어요" is an answer too: the question is not asked again, and the verdict says it is unknown. */
    private boolean unknown(String criterion, Optional<Answer> yesNo) {
        boolean unknown = yesNo.filter(a -> a == Answer.UNKNOWN).isPresent();
        if (unknown) {
            slots.fact(criterion, Answer.UNKNOWN);
        }
        return unknown;
    }
}
