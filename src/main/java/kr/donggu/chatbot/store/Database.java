package kr.donggu.chatbot.store;

import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The store: SQLite in {@code DATA_DIR} (one node, the default) or PostgreSQL behind {@code DATABASE_URL} (shared by
 * any number of nodes). Both run the same repositories, the same Flyway-managed schema and the same test suite;
 * they differ in how turns are committed, sessions ordered and nodes told of changes (see {@link Backend}).
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "chatbot.db";

    private final Backend backend;
    private final JdbcChatMemoryStore chatMemory;
    private final ConversationRepository conversations;
    private final AuditRepository audit;
    private final AnswerRepository answers;

    private Database(Backend backend) {
        this.backend = backend;
        this.chatMemory = new JdbcChatMemoryStore(backend.jdbc());
        this.conversations = new JdbcConversationRepository(backend.jdbc(), backend.turns(),
                new TurnStart(backend.locks(), chatMemory));
        this.audit = new AuditRepository(backend.jdbc());
        this.answers = new AnswerRepository(backend.jdbc());
    }

    /** SQLite in {@code dataDir}. */
    public static Database open(Path dataDir) {
        return open(dataDir, Optional.empty());
    }

    /** PostgreSQL when {@code databaseUrl} is present, else SQLite in {@code dataDir}. Migrates the schema. */
    public static Database open(Path dataDir, Optional<String> databaseUrl) {
        return new Database(databaseUrl.<Backend>map(PostgresBackend::open).orElseGet(() -> SqliteBackend.open(dataDir)));
    }

    /** {@code sqlite} or {@code postgresql}. */
    public String kind() {
        return backend.kind();
    }

    public ConversationRepository conversations() {
        return conversations;
    }

    public FeedbackRepository feedback() {
        return new JdbcFeedbackRepository(backend.jdbc());
    }

    public HandoffRepository handoffs() {
        return new JdbcHandoffRepository(backend.jdbc());
    }

    /** One for the application: its ids keep the order of entries recorded within one millisecond. */
    public AuditRepository audit() {
        return audit;
    }

    public AnswerRepository answers() {
        return answers;
    }

    /** The program documents' versions (and, with PostgreSQL, their current text). */
    public DocumentRepository documents() {
        return new JdbcDocumentRepository(backend.jdbc());
    }

    public StatsRepository stats() {
        return new JdbcStatsRepository(backend.jdbc());
    }

    public ChatMemoryStore chatMemory() {
        return chatMemory;
    }

    public RetentionJob retention(int retentionDays, Clock clock) {
        return new RetentionJob(backend, retentionDays, clock);
    }

    /** Tells the other nodes sharing this store that something changed. */
    public ClusterEvents events() {
        return backend.events();
    }

    public RateBuckets rateBuckets() {
        return backend.rateBuckets();
    }

    /** A {@code /health} check: why the store cannot serve now, if it cannot. */
    public Supplier<Optional<String>> healthCheck() {
        return backend::problem;
    }

    public String integrityCheck() {
        return backend.integrityCheck();
    }

    @Override
    public void close() {
        backend.close();
    }

    /** For tests in this package that need the statements' level. */
    Jdbc jdbc() {
        return backend.jdbc();
    }

    /** A turn begins under its session's lock, and forgets any chat-memory window a failed earlier turn left. */
    private record TurnStart(SessionLocks locks, JdbcChatMemoryStore memory) implements SessionLocks {
        @Override
        public <T> T inOrder(String sessionId, Supplier<T> work) {
            return locks.inOrder(sessionId, () -> {
                memory.startTurn(sessionId);
                return work.get();
            });
        }
    }
}
