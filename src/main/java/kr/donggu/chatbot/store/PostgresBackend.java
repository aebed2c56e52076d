package kr.donggu.chatbot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Optional;
import java.util.Properties;

/**
 * The shared store behind {@code DATABASE_URL}: any number of identical nodes. Timeouts are short on purpose: while
 * PostgreSQL is away a chat gets a 503 within about two seconds instead of hanging, and the pool reconnects by itself
 * when it is back.
 */
final class PostgresBackend implements Backend {

    /** Connections per node; a turn holds one while it runs. Two nodes stay well under PostgreSQL's default 100. */
    static final int POOL_SIZE = 32;
    private static final long CONNECTION_TIMEOUT_MILLIS = 1_500;

    private final HikariDataSource pool;
    private final Jdbc jdbc;
    private final DirectTurns turns;
    private final AdvisorySessionLocks locks;
    private final PostgresClusterEvents events;
    private final PostgresRateBuckets rateBuckets;

    private PostgresBackend(PostgresUrl url, HikariDataSource pool) {
        this.pool = pool;
        this.jdbc = new Jdbc(pool, Dialect.POSTGRESQL);
        Schema.migrate(pool, Dialect.POSTGRESQL);
        this.turns = new DirectTurns(jdbc);
        this.locks = new AdvisorySessionLocks(jdbc, pool);
        this.rateBuckets = new PostgresRateBuckets(pool);
        this.events = new PostgresClusterEvents(jdbc, () -> DriverManager.getConnection(url.jdbcUrl(), properties(url)));
    }

    static PostgresBackend open(String databaseUrl) {
        PostgresUrl url = PostgresUrl.parse(databaseUrl);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config(url));
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot connect to PostgreSQL at " + url.describe() + " (DATABASE_URL)", e);
        }
        try {
            return new PostgresBackend(url, pool);
        } catch (RuntimeException e) {
            pool.close();
            throw new IllegalStateException("Cannot prepare the PostgreSQL database " + url.describe(), e);
        }
    }

    private static HikariConfig config(PostgresUrl url) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(url.jdbcUrl());
        hc.setDataSourceProperties(properties(url));
        hc.setMaximumPoolSize(POOL_SIZE);
        hc.setMinimumIdle(4);
        hc.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        hc.setValidationTimeout(1_000);
        hc.setPoolName("postgresql");
        return hc;
    }

    private static Properties properties(PostgresUrl url) {
        Properties p = new Properties();
        if (url.user() != null) {
            p.setProperty("user", url.user());
        }
        if (url.password() != null) {
            p.setProperty("password", url.password());
        }
        p.setProperty("connectTimeout", "2");       // seconds, per attempt
        p.setProperty("socketTimeout", "60");       // a turn's statements are short; the lock wait has its own limit
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("ApplicationName", "donggu-chatbot");
        return p;
    }

    @Override
    public String kind() {
        return "postgresql";
    }

    @Override
    public Jdbc jdbc() {
        return jdbc;
    }

    @Override
    public TurnSink turns() {
        return turns;
    }

    @Override
    public SessionLocks locks() {
        return locks;
    }

    @Override
    public ClusterEvents events() {
        return events;
    }

    @Override
    public RateBuckets rateBuckets() {
        return rateBuckets;
    }

    @Override
    public void afterPurge() {
        rateBuckets.removeExpired();
    }

    /** Says nothing of where the database is: {@code /health} is public. The log names it. */
    @Override
    public Optional<String> problem() {
        try (Connection c = pool.getConnection()) {
            if (c.isValid(1)) {
                return events.problem();
            }
        } catch (Exception e) {
            // reported below
        }
        return Optional.of("store: PostgreSQL unreachable");
    }

    /** PostgreSQL checks its own pages; here: can we reach it. */
    @Override
    public String integrityCheck() {
        return problem().orElse("ok");
    }

    @Override
    public void close() {
        events.close();
        pool.close();
    }
}
