package kr.donggu.chatbot.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.UUID;
import kr.donggu.chatbot.answer.GroundedChatModel;
import kr.donggu.chatbot.answer.Replies;
import kr.donggu.chatbot.guard.Removal;
import kr.donggu.chatbot.privacy.PiiMasker;
import kr.donggu.chatbot.search.ProgramIndex;
import kr.donggu.chatbot.store.ConversationRepository;
import kr.donggu.chatbot.store.DuplicateTurnException;
import kr.donggu.chatbot.store.SourceRef;
import kr.donggu.chatbot.store.Turn;
import kr.donggu.chatbot.search.LuceneContentRetriever;
import dev.langchain4j.rag.DefaultRetrievalAugmentor;
import dev.langchain4j.rag.RetrievalAugmentor;
import dev.langchain4j.rag.query.transformer.QueryTransformer;
import kr.donggu.chatbot.answer.RetrievedContents;
import kr.donggu.chatbot.knowledge.QuestionKind;

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
    private final ChatSetup setup;
    private final ReferenceResolver resolver;
    private final ConversationTracker tracker;
    private final CuratedTurns curated;
    private final ProvenanceTurns provenance;
    /** The embedded answerer over the same retrieval: restores a fact the guard took out of a model's answer. */
    private final AnswerPipeline embedded;

    private ChatService(ChatSetup setup, Conversations conversations, AnswerPipeline pipeline,
                        StreamingPipeline streaming, AnswerPipeline embedded) {
        this.setup = setup;
        this.resolver = new ReferenceResolver(setup.index());
        this.tracker = new ConversationTracker(setup.index());
        this.curated = new CuratedTurns(setup.curated(), setup.index(), tracker);
        this.provenance = new ProvenanceTurns(setup.index());
        this.pipeline = pipeline;
        this.streaming = streaming;
        this.embedded = embedded;
        this.index = setup.index();
        this.dialogues = setup.dialogues();
        this.repository = setup.conversations();
        this.conversations = conversations;
        this.finisher = new ReplyFinisher(setup.clock(), setup.index()::normalize);
        finisher.guardFor(setup.index().knowledge());   // read the guard's word lists now, not on the first reply
        this.metrics = new ChatMetrics(setup.registry());
        this.clock = setup.clock();
    }

    public static ChatService create(ChatSetup setup) {
        Conversations conversations = new Conversations(setup.conversations());
        ModelReplies replies = new ModelReplies(setup.mode());
        RetrievalAugmentor augmentor = augmentor(setup);
        var pipeline = new AnswerPipeline(setup.model(), setup.memory(), augmentor, setup.tools(), replies);
        var streaming = setup.streamingModel() == null ? null : new StreamingPipeline(setup.streamingModel(),
                setup.memory(), augmentor, setup.tools(), setup.llmTimeout(), replies);
        var embedded = new AnswerPipeline(new GroundedChatModel(setup.index()::lexicon), null, augmentor, List.of(),
                new ModelReplies(GroundedMode.NAME));
        return new ChatService(setup, conversations, pipeline, streaming, embedded);
    }

    /** Retrieval with the follow-up made self-contained: by the language model if there is one, else embedded. */
    private static RetrievalAugmentor augmentor(ChatSetup setup) {
        QueryTransformer resolved = new ResolvedQueryTransformer();
        QueryTransformer transformer = setup.rewriter() == null ? resolved
                : new ModelQueryTransformer(setup.rewriter(), resolved, setup.llmTimeout().dividedBy(2), REWRITES);
        return DefaultRetrievalAugmentor.builder()
                .queryTransformer(transformer)
                .contentRetriever(new LuceneContentRetriever(setup.index(), LuceneContentRetriever.DEFAULT_MAX_RESULTS))
                .contentInjector(new RetrievedContents())
                .executor(Runnable::run)   // Lucene answers in well under a millisecond: no thread hop
                .build();
    }

    public ProgramIndex index() {
        return index;
    }

    /**
     * The same service (same conversations, store and metrics) answering with another model and no streaming.
     * KakaoTalk needs two budgets: its callback path may give a model far longer than a web request waits, and its
     * synchronous path must stay inside the platform's 5 seconds whatever {@code LLM_TIMEOUT_MS} says.
     */
    public ChatService withModel(dev.langchain4j.model.chat.ChatModel model) {
        return new ChatService(setup, conversations, new AnswerPipeline(model, setup.memory(), augmentor(setup),
                setup.tools(), new ModelReplies(setup.mode())), null, embedded);
    }

    /**
     * Runs one question through the answer path without storing anything, so class loading and JIT happen before
     * the service reports healthy, not on a resident's first message.
     */
    public void warmUp(String question) {
        unsaved("warm-up", question);
    }

    /**
     * How this service answers each of {@code questions} over another index (a draft of the knowledge), as the first message
     * of a conversation, storing and counting nothing: the console's preview of a document before it is saved.
     * Guided dialogues and tools are left out; retrieval, the model, the fact guard and the time check all run.
     */
    public List<ChatReply> preview(ProgramIndex draft, List<String> questions) {
        ChatService over = create(new ChatSetup(setup.model(), null, setup.rewriter(), setup.llmTimeout(),
                setup.mode(), List.of(), List.of(), draft, setup.conversations(), null, setup.registry(), clock));
        return questions.stream().map(q -> over.unsaved("preview", q)).toList();
    }

    private ChatReply unsaved(String sessionId, String question) {
        String masked = masker.mask(question.strip()).text();
        Composed c = compose(sessionId, masked, new DialogueHandler.Input(sessionId, masked, question.strip(), false),
                SessionState.NEW, null);
        return new ChatReply(sessionId, sessionId, masker.mask(c.done().text()).text(), c.done().answered(),
                c.done().sources(), c.done().quickReplies(), c.draft().mode(), c.draft().programId(), c.done().reason(),
                false);
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
        String sessionId = request.sessionId() != null ? request.sessionId() : "s-" + shortId();
        // one turn at a time per session, on every node sharing the store: each reads the state the last one wrote
        return repository.inTurnOrder(sessionId, () -> answerInOrder(request, sessionId, onSentence));
    }

    private ChatReply answerInOrder(ChatRequest request, String sessionId, Consumer<String> onSentence) {
        long started = System.nanoTime();
        if (request.externalId() != null) {
            Optional<Turn> earlier = conversations.findByExternalId(request.channel(), request.externalId());
            if (earlier.isPresent()) {
                return replay(earlier.get());
            }
        }
        String question = masker.mask(request.message().strip()).text();
        SessionState state = conversations.state(sessionId);
        Composed composed = compose(sessionId, question, new DialogueHandler.Input(sessionId, question,
                request.message().strip(), request.noPersonalData()), state, onSentence);
        Draft draft = composed.draft();
        ReplyFinisher.Finished done = composed.done();
        List<Removal> removals = composed.removals();
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
        recordGuard(messageId, removals, draft.mode());
        metrics.answered(done.answered(), request.channel(), draft.mode(), took);
        return new ChatReply(sessionId, messageId, answer, done.answered(), done.sources(), done.quickReplies(),
                draft.mode(), draft.programId(), done.reason(), false);
    }

    /** A finished reply, the draft it came from, and what the fact guard took out on the way. */
    private record Composed(Draft draft, ReplyFinisher.Finished done, List<Removal> removals) {
    }

    /**
     * Drafts and finishes a reply; when the guard took the focus out of a model's answer, the embedded answerer's
     * facts for the same resolved question are put back and the reply finished again.
     */
    private Composed compose(String sessionId, String question, DialogueHandler.Input input, SessionState state,
                             Consumer<String> onSentence) {
        Drafted drafted = draft(sessionId, input, state, onSentence);
        Draft draft = drafted.draft();
        ReplyFinisher.Finished done = finisher.finish(draft, question, index.knowledge(), drafted.claimsToCheck());
        List<Removal> removals = new ArrayList<>(done.guard().removals());
        if (done.focusLost() && !GroundedMode.NAME.equals(draft.mode()) && drafted.resolution() != null) {
            draft = finisher.withFocusFrom(draft, done, embedded.answer(sessionId, question, drafted.resolution(), state),
                    question, index.knowledge());
            done = finisher.finish(draft, question, index.knowledge(), true);
            removals.addAll(done.guard().removals());
        }
        return new Composed(draft, done, removals);
    }

    /**
     * A draft, whether its sentences are claims for the guard (a guided dialogue's verdict is computed from the
     * criteria by the eligibility engine, not written from the documents' sentences), and the question as resolved
     * in the conversation (null when a dialogue answered).
     */
    private record Drafted(Draft draft, boolean claimsToCheck, ReferenceResolver.Resolution resolution) {
    }

    private Drafted draft(String sessionId, DialogueHandler.Input input, SessionState state,
                          Consumer<String> onSentence) {
        String question = input.masked();
        String mode = GroundedMode.NAME;
        switch (Intents.of(index.normalize(question), index.knowledge().vocabulary().lexicon().conversation())) {
            case INJECTION:
                return new Drafted(Draft.fixed(Replies.REFUSAL, "refused", state, mode), true, null);
            case GREETING:
                return new Drafted(withStartReplies(Draft.fixed(Replies.GREETING, "small_talk", state, mode)), true,
                        null);
            case THANKS:
                return new Drafted(withStartReplies(Draft.fixed(Replies.THANKS, "small_talk", state, mode)), true,
                        null);
            default:
                break;
        }
        for (DialogueHandler dialogue : dialogues) {
            Optional<Draft> handled = dialogue.handle(input, state, mode);
            if (handled.isPresent()) {
                return new Drafted(handled.get(), false, null);
            }
        }
        // no dialogue took the message: the pipeline answers, then each dialogue keeps what it wants of its state
        SessionState current = state.dialogue().isEmpty() ? state : state.withDialogue(Map.of());
        ReferenceResolver.Resolution resolution = resolver.resolve(question, current.conversation());
        // staff's curated answer comes ahead of the documents; it was checked against its citations when saved
        Optional<Draft> curatedAnswer = curated.draft(resolution, current);
        if (curatedAnswer.isEmpty()) {
            // "어느 언론사 기사예요?": the documents' headers answer, not their sentences
            curatedAnswer = provenance.draft(question, resolution, current, mode);
        }
        Draft answered = curatedAnswer.isPresent() ? curatedAnswer.get()
                : answerNormally(sessionId, question, resolution, current, onSentence);
        for (DialogueHandler dialogue : dialogues) {
            answered = dialogue.passed(question, state, answered);
        }
        return new Drafted(answered, curatedAnswer.isEmpty(), resolution);
    }

    private Draft answerNormally(String sessionId, String question, ReferenceResolver.Resolution resolution,
                                 SessionState current, Consumer<String> onSentence) {
        Draft draft = null;
        if (onSentence != null && streaming != null) {
            draft = streaming.stream(sessionId, question, resolution, current, finisher.guardFor(index.knowledge()),
                    index.knowledge(), onSentence).orElse(null);
        }
        if (draft == null) {
            draft = pipeline.answer(sessionId, question, resolution, current);
        }
        QuestionKind kind = index.knowledge().vocabulary().lexicon().kindOf(resolution.query());
        return withState(draft, tracker.after(current, resolution, draft, kind));
    }

    private static Draft withState(Draft d, SessionState next) {
        return new Draft(d.text(), d.answered(), d.reason(), d.sources(), d.programId(), d.mode(), next,
                d.quickReplies());
    }

    private static Draft withStartReplies(Draft d) {
        return new Draft(d.text(), d.answered(), d.reason(), d.sources(), d.programId(), d.mode(), d.nextState(),
                QuickReplies.START);
    }

    private void recordGuard(String messageId, List<Removal> removals, String mode) {
        for (Removal removal : removals) {
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

    /** Follow-up rewriting by a language model runs here, so its deadline can abandon it. */
    private static final java.util.concurrent.ExecutorService REWRITES = java.util.concurrent.Executors
            .newCachedThreadPool(r -> {
                Thread t = new Thread(r, "query-rewrite");
                t.setDaemon(true);
                return t;
            });

    /** The mode name for replies that never reach a model. */
    static final class GroundedMode {
        static final String NAME = "embedded";

        private GroundedMode() {
        }
    }
}
