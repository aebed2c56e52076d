package kr.donggu.chatbot.answer;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A language model with the embedded model behind it. The primary gets {@code LLM_TIMEOUT_MS}; when it is down,
 * slow, rate-limited or answers with nothing usable, the fallback answers from the same retrieved sections (its
 * reply reports mode {@code embedded}). A Resilience4j circuit breaker stops calling a failing model for a while.
 * Every fault is logged (without message text) and counted as {@code llm_fallbacks_total{reason}}.
 */
public final class FallbackChatModel implements ChatModel, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FallbackChatModel.class);
    private static final Duration MARGIN = Duration.ofMillis(250);

    private final ChatModel primary;
    private final ChatModel fallback;
    private final Duration timeout;
    private final MeterRegistry registry;
    private final CircuitBreaker breaker = CircuitBreaker.of("llm", CircuitBreakerConfig.custom()
            .slidingWindowSize(10).minimumNumberOfCalls(4).failureRateThreshold(50)
            .waitDurationInOpenState(Duration.ofSeconds(30)).build());
    private final ExecutorService calls = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "llm-call");
        t.setDaemon(true);
        return t;
    });

    public FallbackChatModel(ChatModel primary, ChatModel fallback, Duration timeout, MeterRegistry registry) {
        this.primary = primary;
        this.fallback = fallback;
        this.timeout = timeout;
        this.registry = registry;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        try {
            ChatResponse response = breaker.executeCheckedSupplier(() -> callWithDeadline(request));
            if (response.aiMessage() == null || (response.aiMessage().text() == null
                    && !response.aiMessage().hasToolExecutionRequests())
                    || (response.aiMessage().text() != null && response.aiMessage().text().isBlank())) {
                return fallBack(request, "empty");
            }
            return response;
        } catch (CallNotPermittedException e) {
            return fallBack(request, "circuit_open");
        } catch (TimeoutException e) {
            return fallBack(request, "timeout");
        } catch (InterruptedException e) {
            // the caller is being stopped (server shutdown): answer from the documents, and keep the flag for it
            Thread.currentThread().interrupt();
            return fallBack(request, "interrupted");
        } catch (Throwable e) {
            return fallBack(request, reason(e));
        }
    }

    /** Calls chat(), not doChat(), so the primary's defaults and listeners apply; the deadline covers everything. */
    private ChatResponse callWithDeadline(ChatRequest request) throws Throwable {
        CompletableFuture<ChatResponse> call = CompletableFuture.supplyAsync(() -> primary.chat(request), calls);
        try {
            return call.get(timeout.plus(MARGIN).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause();
        } catch (TimeoutException e) {
            call.cancel(true);
            throw e;
        }
    }

    private ChatResponse fallBack(ChatRequest request, String reason) {
        log.warn("Language model fault ({}); answering with the embedded model", reason);
        Counter.builder("llm_fallbacks_total").tag("reason", reason).register(registry).increment();
        return fallback.chat(request);
    }

    private static String reason(Throwable e) {
        String name = e.getClass().getSimpleName();
        if (name.contains("Timeout")) {
            return "timeout";
        }
        if (name.contains("RateLimit")) {
            return "rate_limited";
        }
        if (name.contains("InternalServer") || name.contains("Http")) {
            return "server_error";
        }
        return e instanceof RuntimeException && e.getCause() instanceof java.net.ConnectException ? "unreachable" : "error";
    }

    /** Waits for no call: the pool's threads are daemons, and an abandoned call only holds its socket until timeout. */
    @Override
    public void close() {
        calls.shutdownNow();
        try {
            calls.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
