package kr.donggu.chatbot.channels;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import kr.donggu.chatbot.chat.ChatReply;

/**
 * Answers for platforms that wait on the webhook (Kakao, Naver TalkTalk): the answer runs on its own thread so the
 * request can give up on it at the platform's deadline and answer some other way (a callback, a later push) while
 * the answer is still finished and stored.
 */
final class TimedAnswers implements AutoCloseable {

    /** The job failed, or could not start because every thread is busy; the caller answers with an apology. */
    static final class Failed extends Exception {
        Failed(Throwable cause) {
            super(cause == null ? new IllegalStateException("failed without a cause") : cause);
        }

        boolean busy() {
            return getCause() instanceof RejectedExecutionException;
        }
    }

    /** As many as the web server has request threads: a waiting webhook holds one of each. */
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(4, 64, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "channel-answer");
                t.setDaemon(true);
                return t;
            }, new ThreadPoolExecutor.AbortPolicy());

    CompletableFuture<ChatReply> start(Supplier<ChatReply> job) throws Failed {
        try {
            return CompletableFuture.supplyAsync(job, pool);
        } catch (RejectedExecutionException e) {
            throw new Failed(e);
        }
    }

    /** The reply if it is ready within {@code wait}; empty while it is still being prepared. */
    static Optional<ChatReply> within(CompletableFuture<ChatReply> answer, Duration wait) throws Failed {
        try {
            return Optional.of(answer.get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new Failed(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}
