package kr.donggu.chatbot;

import io.javalin.Javalin;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import dev.langchain4j.model.chat.ChatModel;
import kr.donggu.chatbot.answer.ChatModels;
import kr.donggu.chatbot.eligibility.EligibilityTool;
import kr.donggu.chatbot.answer.GroundedChatModel;
import kr.donggu.chatbot.channels.ChannelSetup;
import kr.donggu.chatbot.channels.Channels;
import kr.donggu.chatbot.chat.HandoffTurns;
import kr.donggu.chatbot.chat.PhraseBook;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import kr.donggu.chatbot.chat.ChatService;
import kr.donggu.chatbot.chat.ChatSetup;
import kr.donggu.chatbot.chat.DialogueHandler;
import kr.donggu.chatbot.chat.EligibilityTurns;
import kr.donggu.chatbot.eligibility.EligibilityDialogue;
import kr.donggu.chatbot.eligibility.EligibilityService;
import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.config.ConfigException;
import kr.donggu.chatbot.curated.CuratedAnswers;
import kr.donggu.chatbot.documents.DocumentStore;
import kr.donggu.chatbot.knowledge.Lexicon;
import kr.donggu.chatbot.knowledge.ValidationReport;
import kr.donggu.chatbot.search.KnowledgeWatcher;
import kr.donggu.chatbot.search.ProgramIndex;
import kr.donggu.chatbot.store.ClusterEvents;
import kr.donggu.chatbot.store.Database;
import kr.donggu.chatbot.store.DiskCheck;
import kr.donggu.chatbot.web.WebParts;
import kr.donggu.chatbot.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Composition root: configuration → parts → an unstarted Javalin. {@link #main} starts it. No logic here. */
public final class App {

    private static final Logger log = LoggerFactory.getLogger(App.class);

    private App() {
    }

    public static Javalin create(Config config, Clock clock) {
        List<AutoCloseable> resources = new ArrayList<>();
        Database db = Database.open(config.dataDir(), config.databaseUrl());
        // the documents: files in knowledge/programs with SQLite, the shared database with PostgreSQL
        ProgramIndex index = ProgramIndex.open(config.knowledgeDir(), config.dataDir(),
                DocumentStore.open(config.knowledgeDir(), db, clock));
        report(index);
        KnowledgeWatcher watcher = KnowledgeWatcher.start(config.knowledgeDir(), index);
        resources.add(watcher);
        var retention = db.retention(config.retentionDays(), clock);
        retention.start();
        resources.add(retention);
        resources.add(db);
        resources.add(index);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        resources.add(0, reloadOnClusterEvent(db, index, registry));
        EligibilityService eligibility = EligibilityService.open(index::knowledge, config.knowledgeDir());
        PhraseBook phrases = PhraseBook.load(config.knowledgeDir());
        phrases.problems().forEach(p -> log.warn("{} line skipped: {}", PhraseBook.FILE, p));
        // the hand-off first: while it is under way, every message is its answer
        List<DialogueHandler> dialogues = List.of(new HandoffTurns(db.handoffs(), phrases, clock),
                new EligibilityTurns(new EligibilityDialogue(eligibility)));
        Supplier<Lexicon> lexicon = () -> index.knowledge().vocabulary().lexicon();
        CuratedAnswers curated = CuratedAnswers.open(db, index, clock);
        resources.add(0, curated);
        ChatModel model = ChatModels.create(config, registry, lexicon);
        if (model instanceof AutoCloseable closeable) {
            resources.add(closeable);
        }
        List<Object> tools = config.chatModel() == Config.ChatModelKind.EMBEDDED ? List.<Object>of()
                : List.of(new EligibilityTool(eligibility));
        boolean embedded = config.chatModel() == Config.ChatModelKind.EMBEDDED;
        ChatService chat = ChatService.create(new ChatSetup(model, ChatModels.streaming(config),
                ChatModels.rewriter(config), config.llmTimeout(),
                config.modeName(), tools, dialogues, index, db.conversations(), embedded ? null : db.chatMemory(),
                registry, clock, curated));
        warmUp(embedded ? chat : ChatService.create(new ChatSetup(new GroundedChatModel(lexicon), null, null,
                config.llmTimeout(), config.modeName(), List.of(), dialogues, index, db.conversations(), null, registry,
                clock)), index);
        Channels channels = new Channels(new ChannelSetup(chat,
                embedded ? chat : withBudget(chat, config, Collections.min(List.of(Channels.KAKAO_DIRECT_BUDGET,
                        config.llmTimeout())), registry, resources, lexicon),
                embedded ? chat : withBudget(chat, config, config.channels().kakaoCallbackTimeout(), registry, resources,
                        lexicon),
                phrases, config, registry, clock, config.network().trustedProxies().entries()));
        resources.add(0, channels);   // finish pending platform replies before the store closes
        List<Supplier<Optional<String>>> healthChecks = List.of(db.healthCheck(), watcher::problem,
                new DiskCheck(config.dataDir(), DiskCheck.DEFAULT_MIN_FREE_BYTES));
        return WebServer.create(new WebParts(config, chat, index, db, eligibility, channels, registry, clock,
                healthChecks, curated), resources);
    }

    /** The chat service with a language model that gives up after {@code budget} instead of LLM_TIMEOUT_MS. */
    private static ChatService withBudget(ChatService chat, Config config, Duration budget, MeterRegistry registry,
                                          List<AutoCloseable> resources, Supplier<Lexicon> lexicon) {
        if (budget.equals(config.llmTimeout())) {
            return chat;
        }
        ChatModel model = ChatModels.create(config.withModel(config.chatModel(), config.llm(), budget), registry,
                lexicon);
        if (model instanceof AutoCloseable closeable) {
            resources.add(closeable);
        }
        return chat.withModel(model);
    }

    /** The first resident should not wait for class loading and JIT: one question runs before the server starts. */
    private static void warmUp(ChatService chat, ProgramIndex index) {
        long started = System.nanoTime();
        index.knowledge().documents().stream().findFirst().ifPresent(d -> chat.warmUp(d.title()));
        log.info("Answer path warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    public static void main(String[] args) {
        Config config;
        try {
            config = Config.fromEnv(System.getenv());
        } catch (ConfigException e) {
            System.err.println("설정 오류 / configuration error: " + e.getMessage());
            System.exit(2);
            return;
        }
        Javalin app = create(config, Clock.systemDefaultZone());
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "shutdown"));
        app.start();
        log.info("Ready on port {} in {} mode", app.port(), config.modeName());
    }

    /** A re-index on another node sharing the store reloads this node's index too. */
    private static AutoCloseable reloadOnClusterEvent(Database db, ProgramIndex index, MeterRegistry registry) {
        Counter reloads = registry.counter("knowledge_cluster_reloads_total");
        return db.events().subscribe(ClusterEvents.REINDEX, payload -> {
            index.reload();
            reloads.increment();
        });
    }

    private static void report(ProgramIndex index) {
        ValidationReport report = index.knowledge().report();
        log.info("Knowledge: {} of {} documents loaded, {} chunks", report.documentsLoaded(), report.filesRead(),
                index.chunkCount());
        report.problems().forEach(p -> log.warn("Knowledge problem: {}", p));
        index.rejectedDictionaryLines().forEach(l -> log.warn("User dictionary line skipped: {}", l));
    }
}
