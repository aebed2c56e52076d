package kr.donggu.chatbot.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Graceful shutdown: while the server stops, requests already being answered finish (and their turns are stored);
 * new ones get 503 with the contract's error instead of a dropped connection.
 */
final class InFlight {

    private static final String COUNTED = "in-flight";

    private final AtomicInteger running = new AtomicInteger();
    private volatile boolean closing;

    void before(Context ctx) {
        if (closing) {
            throw new ApiException(503, "unavailable", "서비스를 잠시 멈추는 중입니다. 잠시 후 다시 시도해 주세요.");
        }
        running.incrementAndGet();
        ctx.attribute(COUNTED, true);
    }

    void after(Context ctx) {
        if (ctx.attribute(COUNTED) != null) {
            ctx.attribute(COUNTED, null);
            running.decrementAndGet();
        }
    }

    /** Stops taking requests and waits, up to {@code limit}, for those in flight. */
    void drain(Duration limit) {
        closing = true;
        long deadline = System.nanoTime() + limit.toNanos();
        while (running.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
