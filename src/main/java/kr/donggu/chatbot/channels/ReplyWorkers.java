package kr.donggu.chatbot.channels;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads that answer push-style platforms after their webhook was acknowledged. Every task is caught: a
 * failure is logged with the platform and the exception's class only (never the message, which may hold personal
 * data) and counted, so a resident's message can no longer vanish without a trace.
 */
final class ReplyWorkers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplyWorkers.class);

    private final ChannelMetrics metrics;
    private final ThreadPoolExecutor pool;

    ReplyWorkers(String name, int threads, ChannelMetrics metrics) {
        this.metrics = metrics;
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1000),
                r -> {
                    Thread t = new Thread(r, name);
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /** Runs {@code task}, which returns its outcome ("sent", "replayed", …), and counts that outcome. */
    void run(String platform, Supplier<String> task) {
        try {
            pool.execute(() -> guarded(platform, task));
        } catch (RejectedExecutionException e) {
            log.warn("Reply task for {} refused: the service is stopping", platform);
            metrics.task(platform, "failed");
        }
    }

    private void guarded(String platform, Supplier<String> task) {
        String outcome;
        try {
            outcome = task.get();
        } catch (Throwable e) {
            log.warn("Reply task for {} failed: {}", platform, e.getClass().getName());
            outcome = "failed";
        }
        metrics.task(platform, outcome);
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}
