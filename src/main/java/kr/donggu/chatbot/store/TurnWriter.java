package kr.donggu.chatbot.store;

import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for SQLite: turns from many request threads are written by one thread, many per transaction, and each
 * request waits until the transaction holding its turn has committed. SQLite allows one writer at a time, so this
 * turns a queue of lock waits into one fsync per batch, and still nothing is acknowledged before it is stored. Each
 * turn sits in its own savepoint, so one duplicate delivery fails alone.
 *
 * <p>The thread must never take chats down with it: a batch that throws anything, {@link Error}s included, fails
 * only its own turns; a thread that dies anyway is restarted, at most {@value #RESTARTS_PER_HOUR} times an hour.
 * Past that the writer is stopped for good: writes fail at once with {@link StoreUnavailableException} and
 * {@link #problem()} says why, so {@code /health} takes the node out. No caller waits longer than {@link #WAIT}.
 */
final class TurnWriter implements TurnSink {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final int RESTARTS_PER_HOUR = 3;
    private static final int MAX_BATCH = 128;
    private static final Logger log = LoggerFactory.getLogger(TurnWriter.class);

    private record Pending(String what, Write write, CompletableFuture<Void> done) {
    }

    private final Jdbc jdbc;
    private final String threadName;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(10_000);
    private final Deque<Long> restarts = new ArrayDeque<>();
    private volatile boolean closing;
    private volatile String stopped;
    private volatile Thread thread;

    /** @param name told apart in thread dumps: {@code turn-writer <name>} */
    TurnWriter(Jdbc jdbc, String name) {
        this.jdbc = jdbc;
        this.threadName = "turn-writer " + name;
        start();
    }

    @Override
    public void write(String what, Write write) {
        Pending p = new Pending(what, write, new CompletableFuture<>());
        try {
            refuseWhenStopped(what);
            if (!queue.offer(p, 1, TimeUnit.SECONDS)) {
                throw new StoreUnavailableException("queue " + what + " (writer busy)", null);
            }
            if (stopped != null) {
                failQueued();   // it stopped between the check and the offer: nobody else will take ours
            }
            p.done().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while saving " + what, e);
        } catch (TimeoutException e) {
            throw new StoreUnavailableException("no commit of " + what + " within " + WAIT.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new StoreException(what, e.getCause());
        }
    }

    @Override
    public Optional<String> problem() {
        return Optional.ofNullable(stopped);
    }

    private void refuseWhenStopped(String what) {
        if (stopped != null || closing) {
            throw new StoreUnavailableException("save " + what + ": " + (closing ? "the store is closing" : stopped),
                    null);
        }
    }

    private synchronized void start() {
        thread = new Thread(this::loop, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        Throwable cause = null;
        List<Pending> batch = new ArrayList<>();
        try {
            while (!closing || !queue.isEmpty()) {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, MAX_BATCH - 1);
                    commitSafely(batch);
                    batch.clear();
                }
            }
        } catch (InterruptedException e) {
            cause = e;
        } catch (RuntimeException | Error e) {
            cause = e;
        } finally {
            Throwable why = cause;
            batch.forEach(p -> p.done().completeExceptionally(new StoreUnavailableException(p.what(), why)));
            exited(why);
        }
    }

    private void commitSafely(List<Pending> batch) {
        try {
            commit(batch);
        } catch (RuntimeException | Error e) {
            log.error("Turn writer: a batch of {} turns failed", batch.size(), e);
            StoreException failure = e instanceof StoreException s ? s
                    : new StoreUnavailableException("save " + batch.size() + " turns", e);
            batch.forEach(p -> p.done().completeExceptionally(failure));
        }
    }

    private void commit(List<Pending> batch) {
        List<RuntimeException> outcomes = new ArrayList<>();
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
                    outcomes.add(jdbc.dialect().isUniqueViolation(e) ? new DuplicateTurnException("a channel", p.what())
                            : jdbc.dialect().failure(p.what(), e));
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
    }

    /** On the dying thread: a replacement takes over the queue, or, past the restart budget, everything fails. */
    private void exited(Throwable cause) {
        if (closing) {
            failQueued();
            return;
        }
        String reason = cause == null ? "ended" : cause.getClass().getSimpleName();
        if (mayRestart()) {
            log.error("Turn writer stopped ({}); restarting it", reason, cause);
            start();
        } else {
            stopped = "turn writer stopped after " + RESTARTS_PER_HOUR + " restarts within an hour (last: " + reason + ")";
            log.error("{}; chats are refused with 503 until the service is restarted", stopped, cause);
            failQueued();
        }
    }

    private synchronized boolean mayRestart() {
        long now = System.nanoTime();
        while (!restarts.isEmpty() && now - restarts.peekFirst() > TimeUnit.HOURS.toNanos(1)) {
            restarts.removeFirst();
        }
        if (restarts.size() >= RESTARTS_PER_HOUR) {
            return false;
        }
        restarts.addLast(now);
        return true;
    }

    private void failQueued() {
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        String why = stopped != null ? stopped : "the store is closing";
        left.forEach(p -> p.done().completeExceptionally(new StoreUnavailableException(p.what() + ": " + why, null)));
    }

    /** Finishes what is queued, then stops. */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join(WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        failQueued();
    }
}
