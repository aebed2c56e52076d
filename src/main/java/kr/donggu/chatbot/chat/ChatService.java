package kr.donggu.chatbot.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.UUID;
import kr.donggu.chatbot.answer.Replies;
import kr.donggu.chatbot.guard.Removal;
import kr.donggu.chatbot.privacy.PiiMasker;
import kr.donggu.chatbot.search.ProgramIndex;
import kr.donggu.chatbot.store.ConversationRepository;
import kr.donggu.chatbot.store.DuplicateTurnException;
import kr.donggu.chatbot.store.SourceRef;
import kr.donggu.chatbot.store.Turn;
import kr.donggu.chatbot.search.LuceneContentRetriever;

/**
 * Answers one message: masks personal data, lets a guided dialogue or the answer pipeline draft a reply, passes it
 * through the fact guard and the time check, and stores the turn before returning it. Nothing it acknowledges is
 * unsaved: the reply is returned only after the transaction that stores it has committed.
 */
public final class ChatService {

    private final AnswerPipeline pipeline;
    private final ProgramIndex index;
    private final Conversations conversations;
    private final ConversationRepository repository;
    private final List<DialogueHandler> dialogues;
    private final PiiMasker masker = new PiiMasker();
    private final ReplyFinisher finisher;
    private final ChatMetrics metrics;
    private final Clock clock;

    private final StreamingPipeline streaming;

    private ChatService(ChatSetup setup, Conversations conversations, AnswerPipeline pipeline,
                        StreamingPipeline streaming) {
        this.pipeline = pipeline;
        this.streaming = streaming;
        this.index = setup.index();
        this.dialogues = setup.dialogues();
        this.repository = setup.conversations();
        this.conversations = conversations;
        this.finisher = new ReplyFinisher(setup.clock());
        this.metrics = new ChatMetrics(setup.registry());
        this.clock = setup.clock();
    }

    public static ChatService create(ChatSetup setup) {
        Conversations conversations = new Conversations(setup.conversations());
        var retriever = new LuceneContentRetriever(setup.index(), conversations::currentProgram,
                LuceneContentRetriever.DEFAULT_MAX_RESULTS);
        var pipeline = new AnswerPipeline(setup.model(), setup.memory(), retriever, setup.tools(), setup.mode());
        var streaming = setup.streamingModel() == null ? null : new StreamingPipeline(setup.streamingModel(),
                setup.memory(), retriever, setup.tools(), setup.llmTimeout(), setup.mode());
        return new ChatService(setup, conversations, pipeline, streaming);
    }

    public ProgramIndex index() {
        return index;
    }

    public ChatReply answer(ChatRequest request) {
        return answer(request, null);
    }

    /** What an empty chat offers to ask: the same questions as the quick replies after a greeting. */
    public List<String> starterQuestions() {
        return QuickReplies.START;
    }

    /**
     * Like {@link #answer}, and with a language model configured, passes each sentence of the model's answer to
     * {@code onSentence} as soon as it is complete and has passed the fact guard. The returned reply is the whole,
     * finished answer (the fallback's, if the model failed mid-way).
     */
    public ChatReply answer(ChatRequest request, Consumer<String> onSentence) {
        long started = System.nanoTime();
        String sessionId = request.sessionId() != null ? request.sessionId() : "s-" + shortId();
        if (request.externalId() != null) {
            Optional<Turn> earlier = conversations.findByExternalId(request.channel(), request.externalId());
            if (earlier.isPresent()) {
                return replay(earlier.get());
            }
        }
        String question = masker.mask(request.message().strip()).text();
        SessionState state = conversations.state(sessionId);
        Draft draft = draft(sessionId, question, state, onSentence);
        ReplyFinisher.Finished done = finisher.finish(draft, question, index.knowledge());
        String messageId = "m-" + shortId();
        String answer = masker.mask(done.text()).text();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        try {
            conversations.save(new Turn(messageId, sessionId, request.channel(), request.externalId(), question, answer,
                    done.answered(), done.reason(), refs(done.sources()), draft.programId(), took.toNanos() / 1000,
                    draft.mode(), clock.instant()), draft.nextState());
        } catch (DuplicateTurnException e) {
            // the same delivery arrived twice at once and the other one was stored first
            return replay(conversations.findByExternalId(request.channel(), request.externalId()).orElseThrow());
        }
        recordGuard(messageId, done, draft.mode());
        metrics.answered(done.answered(), request.channel(), draft.mode(), took);
        return new ChatReply(sessionId, messageId, answer, done.answered(), done.sources(), done.quickReplies(),
                draft.mode(), draft.programId(), done.reason(), false);
    }

    private Draft draft(String sessionId, String question, SessionState state, Consumer<String> onSentence) {
        String mode = GroundedMode.NAME;
        switch (Intents.of(question)) {
            case INJECTION:
                return Draft.fixed(Replies.REFUSAL, "refused", state, mode);
            case GREETING:
                return withStartReplies(Draft.fixed(Replies.GREETING, "small_talk", state, mode));
            case THANKS:
                return withStartReplies(Draft.fixed(Replies.THANKS, "small_talk", state, mode));
            default:
                break;
        }
        for (DialogueHandler dialogue : dialogues) {
            Optional<Draft> handled = dialogue.handle(question, state, mode);
            if (handled.isPresent()) {
                return handled.get();
            }
        }
        // no dialogue took the message: any dialogue under way was left, so its state goes
        SessionState current = state.dialogue().isEmpty() ? state : state.withDialogue(Map.of());
        if (onSentence != null && streaming != null) {
            Optional<Draft> streamed = streaming.stream(sessionId, question, current,
                    finisher.guardFor(index.knowledge()), onSentence);
            if (streamed.isPresent()) {
                return streamed.get();
            }
        }
        return pipeline.answer(sessionId, question, current);
    }

    private static Draft withStartReplies(Draft d) {
        return new Draft(d.text(), d.answered(), d.reason(), d.sourceKeys(), d.programId(), d.mode(), d.nextState(),
                QuickReplies.START);
    }

    private void recordGuard(String messageId, ReplyFinisher.Finished done, String mode) {
        for (Removal removal : done.guard().removals()) {
            repository.recordGuardAction(messageId, "removed_" + removal.kind().name().toLowerCase(),
                    removal.fact(), clock.instant());
            metrics.guardRemoved(removal, mode);
        }
    }

    private ChatReply replay(Turn turn) {
        List<Source> sources = turn.sources().stream()
                .map(s -> new Source(s.docId(), s.title(), s.section(), index.knowledge().find(s.docId())
                        .map(d -> d.url()).orElse(null))).toList();
        return new ChatReply(turn.sessionId(), turn.messageId(), turn.answer(), turn.answered(), sources,
                QuickReplies.START, turn.mode(), turn.programId(), turn.reason(), true);
    }

    private static List<SourceRef> refs(List<Source> sources) {
        return sources.stream().map(s -> new SourceRef(s.id(), s.title(), s.section())).toList();
    }

    private static String shortId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** The mode name for replies that never reach a model. */
    static final class GroundedMode {
        static final String NAME = "embedded";

        private GroundedMode() {
        }
    }
}
