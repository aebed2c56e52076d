package kr.donggu.chatbot;

import io.javalin.Javalin;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import dev.langchain4j.model.chat.ChatModel;
import kr.donggu.chatbot.answer.ChatModels;
import kr.donggu.chatbot.eligibility.EligibilityTool;
import kr.donggu.chatbot.channels.Channels;
import kr.donggu.chatbot.chat.ChatService;
import kr.donggu.chatbot.chat.ChatSetup;
import kr.donggu.chatbot.chat.DialogueHandler;
import kr.donggu.chatbot.chat.EligibilityTurns;
import kr.donggu.chatbot.eligibility.EligibilityDialogue;
import kr.donggu.chatbot.eligibility.EligibilityService;
import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.config.ConfigException;
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
        ProgramIndex index = ProgramIndex.open(config.knowledgeDir(), config.dataDir());
        report(index);
        resources.add(KnowledgeWatcher.start(config.knowledgeDir(), index));
        Database db = Database.open(config.dataDir(), config.databaseUrl());
        var retention = db.retention(config.retentionDays(), clock);
        retention.start();
        resources.add(retention);
        resources.add(db);
        resources.add(index);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        resources.add(0, reloadOnClusterEvent(db, index, registry));
        EligibilityService eligibility = new EligibilityService(index::knowledge);
        List<DialogueHandler> dialogues = List.of(new EligibilityTurns(new EligibilityDialogue(eligibility)));
        ChatModel model = ChatModels.create(config, registry);
        if (model instanceof AutoCloseable closeable) {
            resources.add(closeable);
        }
        List<Object> tools = config.chatModel() == Config.ChatModelKind.EMBEDDED ? List.<Object>of()
                : List.of(new EligibilityTool(eligibility));
        boolean embedded = config.chatModel() == Config.ChatModelKind.EMBEDDED;
        ChatService chat = ChatService.create(new ChatSetup(model, ChatModels.streaming(config), config.llmTimeout(),
                config.modeName(), tools, dialogues, index, db.conversations(), embedded ? null : db.chatMemory(),
                registry, clock));
        Channels channels = new Channels(chat, config, clock);
        resources.add(0, channels);   // finish pending platform replies before the store closes
        List<Supplier<Optional<String>>> healthChecks = List.of(db.healthCheck(),
                new DiskCheck(config.dataDir(), DiskCheck.DEFAULT_MIN_FREE_BYTES));
        return WebServer.create(new WebParts(config, chat, index, db, eligibility, channels, registry, clock,
                healthChecks), resources);
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
