package kr.donggu.chatbot.chat;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.donggu.chatbot.privacy.PiiKind;
import kr.donggu.chatbot.privacy.PiiMasker;
import kr.donggu.chatbot.store.HandoffRepository;

/**
 * The hand-off to a person as a conversation, in every channel: consent, the question, the name, then the contact,
 * one turn each, and a ticket in the hand-off store whose number the user gets. The contact is asked last so it
 * goes straight into the ticket and is never kept anywhere else (the session state holds only the masked question
 * and the name). "취소" ends it at any step; a user the platform marks as under 14 is told no personal data can be
 * taken here.
 */
public final class HandoffTurns implements DialogueHandler {

    /** The flow name in the session state, and the reason every hand-off turn is stored with. */
    public static final String FLOW = "handoff";
    /** The key the eligibility dialogue uses too: one guided dialogue at a time per session. */
    private static final String FLOW_KEY = "flow";
    private static final String STEP = "step";
    private static final String QUESTION = "question";
    private static final String NAME = "name";
    private static final String TRIES = "tries";
    private static final int MAX_NAME = 50;
    private static final int MAX_CONTACT = 100;
    private static final int MAX_TRIES = 3;
    private static final Set<PiiKind> CONTACT_KINDS = Set.of(PiiKind.PHONE, PiiKind.EMAIL);
    private static final List<String> CANCEL_ONLY = List.of(HandoffTexts.CANCEL);

    private final HandoffRepository tickets;
    private final PhraseBook phrases;
    private final Clock clock;
    private final PiiMasker masker = new PiiMasker();

    public HandoffTurns(HandoffRepository tickets, PhraseBook phrases, Clock clock) {
        this.tickets = tickets;
        this.phrases = phrases;
        this.clock = clock;
    }

    @Override
    public Optional<Draft> handle(String maskedMessage, SessionState state, String mode) {
        return handle(new Input(null, maskedMessage, maskedMessage, false), state, mode);
    }

    @Override
    public Optional<Draft> handle(Input input, SessionState state, String mode) {
        boolean underWay = FLOW.equals(state.dialogue().get(FLOW_KEY));
        boolean starts = phrases.says(PhraseBook.Kind.HANDOFF, input.masked());
        if (!underWay && !starts) {
            return Optional.empty();
        }
        if (input.noPersonalData()) {
            return reply(HandoffTexts.MINOR, Map.of(), QuickReplies.START, state, mode);
        }
        if (starts) {
            return ask(HandoffTexts.CONSENT, "consent", Map.of(), consentChoices(), state, mode);
        }
        if (phrases.says(PhraseBook.Kind.CANCEL, input.masked())) {
            return reply(HandoffTexts.CANCELLED, Map.of(), QuickReplies.START, state, mode);
        }
        Map<String, String> s = new HashMap<>(state.dialogue());
        return switch (s.getOrDefault(STEP, "")) {
            case "consent" -> consent(input, s, state, mode);
            case QUESTION -> ask(HandoffTexts.ASK_NAME, NAME, Map.of(QUESTION, input.masked()), CANCEL_ONLY, state,
                    mode);
            case NAME -> name(input, s, state, mode);
            case "contact" -> contact(input, s, state, mode);
            default -> reply(HandoffTexts.CANCELLED, Map.of(), QuickReplies.START, state, mode);
        };
    }

    private Optional<Draft> consent(Input input, Map<String, String> s, SessionState state, String mode) {
        if (phrases.says(PhraseBook.Kind.DECLINE, input.masked())) {
            return reply(HandoffTexts.DECLINED, Map.of(), QuickReplies.START, state, mode);
        }
        if (phrases.says(PhraseBook.Kind.AGREE, input.masked())) {
            return ask(HandoffTexts.ASK_QUESTION, QUESTION, Map.of(), CANCEL_ONLY, state, mode);
        }
        return ask(HandoffTexts.CONSENT_AGAIN, "consent", Map.of(), consentChoices(), state, mode);
    }

    private Optional<Draft> name(Input input, Map<String, String> s, SessionState state, String mode) {
        String name = input.raw().strip();
        if (name.length() > MAX_NAME || masker.containsPii(name)) {
            return ask(HandoffTexts.NAME_AGAIN, NAME, Map.of(QUESTION, s.get(QUESTION)), CANCEL_ONLY, state, mode);
        }
        return ask(HandoffTexts.ASK_CONTACT, "contact", Map.of(QUESTION, s.get(QUESTION), NAME, name), CANCEL_ONLY,
                state, mode);
    }

    private Optional<Draft> contact(Input input, Map<String, String> s, SessionState state, String mode) {
        String contact = input.raw().strip();
        List<PiiKind> found = masker.mask(contact).found();
        boolean usable = found.stream().anyMatch(CONTACT_KINDS::contains) && contact.length() <= MAX_CONTACT;
        if (!usable || !CONTACT_KINDS.containsAll(found)) {
            int tries = Integer.parseInt(s.getOrDefault(TRIES, "0")) + 1;
            if (tries >= MAX_TRIES) {
                return reply(HandoffTexts.GAVE_UP, Map.of(), QuickReplies.START, state, mode);
            }
            String again = usable ? HandoffTexts.CONTACT_ONLY : HandoffTexts.CONTACT_AGAIN;
            return ask(again, "contact", Map.of(QUESTION, s.get(QUESTION), NAME, s.get(NAME), TRIES,
                    String.valueOf(tries)), CANCEL_ONLY, state, mode);
        }
        String ticket = tickets.create(input.sessionId(), s.get(NAME), contact, s.get(QUESTION), clock.instant());
        return reply(HandoffTexts.DONE.formatted(ticket), Map.of(), QuickReplies.START, state, mode);
    }

    private static List<String> consentChoices() {
        return List.of(HandoffTexts.AGREE, HandoffTexts.DECLINE);
    }

    private static Optional<Draft> ask(String text, String step, Map<String, String> kept, List<String> choices,
                                       SessionState state, String mode) {
        Map<String, String> next = new HashMap<>(kept);
        next.put(FLOW_KEY, FLOW);
        next.put(STEP, step);
        return reply(text, next, choices, state, mode);
    }

    private static Optional<Draft> reply(String text, Map<String, String> next, List<String> choices,
                                         SessionState state, String mode) {
        return Optional.of(new Draft(text, true, FLOW, List.of(), state.programId(), mode, state.withDialogue(next),
                choices));
    }
}
