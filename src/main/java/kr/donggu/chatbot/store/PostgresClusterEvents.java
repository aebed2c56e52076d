package kr.donggu.chatbot.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ClusterEvents} over PostgreSQL's LISTEN/NOTIFY: one channel, messages {@code origin\ntopic\npayload}. A
 * dedicated connection (LISTEN belongs to a session, so not a pooled one) is reconnected after any failure.
 */
final class PostgresClusterEvents implements ClusterEvents, AutoCloseable {

    static final String CHANNEL = "chatbot_events";
    private static final int MAX_PAYLOAD_BYTES = 7000;
    private static final long POLL_MILLIS = 500;
    private static final long STARTUP_WAIT_MILLIS = 5_000;
    private static final Logger log = LoggerFactory.getLogger(PostgresClusterEvents.class);

    interface Connector {
        Connection connect() throws SQLException;
    }

    private final Jdbc jdbc;
    private final Connector connector;
    private final String origin = UUID.randomUUID().toString();
    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final CountDownLatch listening = new CountDownLatch(1);
    private final Thread thread;
    private volatile String problem = "cluster events: not listening yet";
    private volatile Connection current;

    PostgresClusterEvents(Jdbc jdbc, Connector connector) {
        this.jdbc = jdbc;
        this.connector = connector;
        this.thread = new Thread(this::loop, "cluster-events");
        this.thread.setDaemon(true);
        this.thread.start();
        awaitQuietly(listening, STARTUP_WAIT_MILLIS);   // a node that reports healthy hears the others
    }

    @Override
    public void publish(String topic, String payload) {
        String message = origin + "\n" + topic + "\n" + payload;
        if (message.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("Event payload of " + topic + " is too long for NOTIFY");
        }
        jdbc.one("publish " + topic, "SELECT pg_notify(?, ?)", rs -> 1, CHANNEL, message);
    }

    @Override
    public Subscription subscribe(String topic, Consumer<String> listener) {
        listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(topic, List.of()).remove(listener);
    }

    /** Set while the listening connection is down. */
    Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    private void loop() {
        boolean connectedBefore = false;
        long backoffMillis = 250;
        while (closed.getCount() > 0) {
            try (Connection c = connector.connect()) {
                current = c;
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                problem = null;
                listening.countDown();
                backoffMillis = 250;
                if (connectedBefore) {
                    listeners.keySet().forEach(topic -> deliver(topic, MAYBE_MISSED));
                }
                connectedBefore = true;
                receive(c.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException e) {
                if (closed.getCount() == 0) {
                    return;
                }
                problem = "cluster events: not listening (" + e.getClass().getSimpleName() + ")";
                log.warn("Cluster events: connection lost, reconnecting in {} ms", backoffMillis);
                if (awaitQuietly(closed, backoffMillis)) {
                    return;
                }
                backoffMillis = Math.min(backoffMillis * 2, 1_000);
            }
        }
    }

    private void receive(PGConnection c) throws SQLException {
        while (closed.getCount() > 0) {
            PGNotification[] notes = c.getNotifications((int) POLL_MILLIS);
            if (notes == null) {
                continue;
            }
            for (PGNotification n : notes) {
                String[] parts = n.getParameter().split("\n", 3);
                if (parts.length == 3 && !parts[0].equals(origin)) {
                    deliver(parts[1], parts[2]);
                }
            }
        }
    }

    private void deliver(String topic, String payload) {
        for (Consumer<String> listener : listeners.getOrDefault(topic, List.of())) {
            try {
                listener.accept(payload);
            } catch (RuntimeException e) {
                log.error("Cluster event {}: a subscriber failed", topic, e);
            }
        }
    }

    private static boolean awaitQuietly(CountDownLatch latch, long millis) {
        try {
            return latch.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    @Override
    public void close() {
        closed.countDown();
        Connection c = current;
        if (c != null) {
            try {
                c.close();   // ends a getNotifications wait at once
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        try {
            thread.join(POLL_MILLIS * 4);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
