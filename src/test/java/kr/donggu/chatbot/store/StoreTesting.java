package kr.donggu.chatbot.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Turns to store and work to run at once, for the store tests. */
final class StoreTesting {

    static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");

    private StoreTesting() {
    }

    static Turn turn(String id, String session, boolean answered, String externalId, Instant at) {
        return new Turn(id, session, "web", externalId, "질문 " + id, "답변 " + id, answered, answered ? null : "not_found",
                List.of(new SourceRef("networking-day", "네트워킹 DAY", "일정")), "networking-day", 1200, "embedded", at);
    }

    /** A turn of its own session on {@code channel} at {@code at} (ISO instant), for the statistics. */
    static Turn turn(String id, String channel, boolean answered, String programId, String at) {
        return new Turn(id, "s-" + id, channel, null, "질문", "답변", answered, answered ? null : "not_found", List.of(),
                programId, 1000, "embedded", Instant.parse(at));
    }

    /**
     * Threads, spread over the nodes, each add one to a counter many times, each time in a turn of the same session,
     * by reading, giving way and writing: two turns at once would lose an increment.
     */
    static int countInTurnOrder(List<Database> nodes, int threads, int perThread) throws Exception {
        AtomicInteger counter = new AtomicInteger();
        inParallel(threads, thread -> {
            Database node = nodes.get(thread % nodes.size());
            for (int i = 0; i < perThread; i++) {
                node.conversations().inTurnOrder("s-shared", () -> {
                    int seen = counter.get();
                    Thread.yield();
                    counter.set(seen + 1);
                    return null;
                });
            }
            return null;
        });
        return counter.get();
    }

    /** Runs {@code work} on {@code threads} threads at once and rethrows the first failure. */
    static void inParallel(int threads, IntFunction<Void> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> work.apply(thread)));
            }
            for (Future<Void> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
