package kr.donggu.chatbot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Group commit: turns from many request threads are written by one thread, many per transaction, and each request
 * waits until the transaction holding its turn has committed. SQLite allows one writer at a time, so this turns a
 * queue of lock waits into one fsync per batch, and still nothing is acknowledged before it is stored. Each turn
 * sits in its own savepoint, so one duplicate delivery fails alone.
 */
final class TurnWriter implements AutoCloseable {

    private static final int MAX_BATCH = 128;

    interface Write {
        void apply(Connection c) throws SQLException;
    }

    private record Pending(String what, Write write, CompletableFuture<Void> done) {
    }

    private final Jdbc jdbc;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(10_000);
    private final Thread thread;
    private volatile boolean running = true;

    TurnWriter(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.thread = new Thread(this::loop, "sqlite-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Blocks until committed; rethrows the write's own failure. */
    void write(String what, Write write) {
        Pending p = new Pending(what, write, new CompletableFuture<>());
        try {
            if (!running || !queue.offer(p, 5, TimeUnit.SECONDS)) {
                throw new StoreException("queue " + what + " (writer busy or stopped)", null);
            }
            p.done().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while saving " + what, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new StoreException(what, e.getCause());
        }
    }

    private void loop() {
        List<Pending> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Pending> batch) {
        List<RuntimeException> outcomes = new ArrayList<>();
        try {
            jdbc.inTransaction("save " + batch.size() + " turns", c -> {
                outcomes.clear();
                for (Pending p : batch) {
                    Savepoint sp = c.setSavepoint();
                    try {
                        p.write().apply(c);
                        c.releaseSavepoint(sp);
                        outcomes.add(null);
                    } catch (SQLException e) {
                        c.rollback(sp);
                        outcomes.add(failure(p.what(), e));
                    }
                }
                return null;
            });
            for (int i = 0; i < batch.size(); i++) {
                RuntimeException failure = outcomes.get(i);
                if (failure == null) {
                    batch.get(i).done().complete(null);
                } else {
                    batch.get(i).done().completeExceptionally(failure);
                }
            }
        } catch (RuntimeException e) {
            batch.forEach(p -> p.done().completeExceptionally(e));
        }
    }

    private static RuntimeException failure(String what, SQLException e) {
        if (e instanceof SQLiteException s && s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE) {
            return new DuplicateTurnException("a channel", what);
        }
        return new StoreException(what, e);
    }

    /** Finishes what is queued, then stops. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
