package kr.donggu.chatbot.eligibility;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.donggu.chatbot.eligibility.Slots.Flow;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;

/**
 * The eligibility check in chat, as a civil servant would hold it. It hears kind, place and program in any message
 * of the session; answers a general question ("일반 회사도 참여할 수 있나요?") generally before offering to check
 * one program; asks only what could change the outcome, each question naming the program and restating what is
 * known; takes 예, 아니요 and 모르겠어요 as answers to the question it asked; leaves on 취소; and, when another
 * question comes in between, lets the normal answer through and can be resumed.
 *
 * <p>Its state is a plain string map stored with the session ({@link Slots}), so it survives a restart.
 * {@link #handle} returns empty when the message is not for it; the caller then answers normally and calls
 * {@link #passed} to learn what the dialogue keeps.
 */
public final class EligibilityDialogue {

    /** One reply of the dialogue. {@code reason} is null for an answer, "small_talk" for a closing word. */
    public record Turn(String text, List<String> quickReplies, Map<String, String> nextState, List<String> sourceKeys,
                       String programId, boolean answered, String reason) {
    }

    /** What the dialogue keeps of a turn someone else answered, and the chip that resumes it (null: none). */
    public record Passed(Map<String, String> nextState, String resumeChip) {
    }

    public static final String RESUME_CHIP = "자격 확인 계속하기";
    private static final int MAX_IDLE_TURNS = 3;

    private final EligibilityService service;
    private final Hearing hearing;
    private final Wording wording;

    public EligibilityDialogue(EligibilityService service) {
        this.service = service;
        this.hearing = new Hearing(service.words());
        this.wording = new Wording(service.words().notStated());
    }

    public KnowledgeBase knowledge() {
        return service.knowledge();
    }

    public Optional<Turn> handle(String message, Map<String, String> state, String currentProgramId) {
        Slots slots = new Slots(state);
        Turns turns = new Turns(service, wording, slots);
        if (slots.flow() != Flow.NONE) {
            Optional<Turn> continued = continueWith(message, slots, turns);
            if (continued.isPresent()) {
                return continued;
            }
        }
        if (!hearing.asking().aboutEligibility(message)) {
            return Optional.empty();
        }
        return start(message, slots, turns, currentProgramId);
    }

    /** A turn answered by the normal pipeline: keep what the asker said of themselves; pause a check under way. */
    public Passed passed(String message, Map<String, String> state) {
        Slots slots = new Slots(state);
        if (hearing.asking().aboutThemselves(message)) {
            hearing.absorb(message, slots);
        }
        String chip = null;
        switch (slots.flow()) {
            case ASKING -> {
                slots.flow(Flow.PAUSED, slots.pending());
                slots.idle(1);
                chip = RESUME_CHIP;
            }
            case PAUSED -> {
                if (slots.idle() >= MAX_IDLE_TURNS) {
                    slots.flow(Flow.NONE, null);
                } else {
                    slots.idle(slots.idle() + 1);
                    chip = RESUME_CHIP;
                }
            }
            case OFFERING -> slots.flow(Flow.NONE, null);
            default -> { }
        }
        return new Passed(slots.toMap(), chip);
    }

    private Optional<Turn> continueWith(String message, Slots slots, Turns turns) {
        if (hearing.answers().isCancel(message)) {
            return Optional.of(turns.left());
        }
        Optional<ProgramDocument> doc = slots.program().flatMap(service.knowledge()::find);
        boolean checking = slots.flow() == Flow.ASKING || slots.flow() == Flow.PAUSED;
        if (checking && doc.isPresent() && hearing.answers().isResume(message)) {
            return Optional.of(turns.resume(doc.get()));
        }
        return new PendingAnswer(hearing, service.knowledge(), slots, turns).take(message, doc);
    }

    private static boolean aboutGeneralService(String message, KnowledgeBase kb) {
        String compact = kr.donggu.chatbot.knowledge.Texts.compact(message);
        return kb.vocabulary().lexicon().outOfScope().stream().anyMatch(compact::contains);
    }

    private Optional<Turn> start(String message, Slots slots, Turns turns, String currentProgramId) {
        KnowledgeBase kb = service.knowledge();
        boolean named = hearing.kinds().type(message).isPresent() || hearing.kinds().legalForm(message).isPresent();
        boolean specific = named || hearing.asking().aboutThemselves(message) || slots.type().isPresent();
        if (!specific && hearing.asking().aboutHowOrWhen(message)) {
            return Optional.empty();   // "지금 신청할 수 있나요?": the way or the time, which the documents answer
        }
        hearing.absorb(message, slots);
        Optional<ProgramDocument> doc = ProgramNames.find(message, kb)
                .or(() -> kb.find(currentProgramId).filter(d -> !d.eligibility().isEmpty()));
        if (doc.isEmpty()) {
            // "기초연금 신청 자격이 뭐예요?" asks about a service this bot does not cover, not about these programs
            return specific || !aboutGeneralService(message, kb) ? Optional.of(turns.aboutAll(ProgramNames.main(kb)))
                    : Optional.empty();
        }
        return Optional.of(specific ? turns.next(doc.get()) : turns.aboutProgram(doc.get()));
    }
}
