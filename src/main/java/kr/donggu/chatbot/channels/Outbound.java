package kr.donggu.chatbot.channels;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls to the platforms' APIs: the JDK HTTP client (HTTP/1.1, 3 s connect, 5 s per request) with Resilience4j
 * retries on network errors, 429 and 5xx (three attempts, backing off). The body is never logged: it holds a
 * resident's question and answer.
 */
public final class Outbound {

    private static final Logger log = LoggerFactory.getLogger(Outbound.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final Retry retry = Retry.of("outbound", RetryConfig.<HttpResponse<String>>custom()
            .maxAttempts(3).waitDuration(Duration.ofMillis(300))
            .retryOnResult(r -> r.statusCode() == 429 || r.statusCode() >= 500)
            .retryExceptions(IOException.class).build());

    /** @return the final status, or -1 when every attempt failed to connect */
    public int postJson(String url, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json(body)));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = Retry.decorateCheckedSupplier(retry,
                    () -> http.send(request.build(), HttpResponse.BodyHandlers.ofString())).get();
            if (response.statusCode() >= 300) {
                log.warn("Outbound call to {} answered {}", host(url), response.statusCode());
            }
            return response.statusCode();
        } catch (Throwable e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.warn("Outbound call to {} failed: {}", host(url), e.getClass().getSimpleName());
            return -1;
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Outbound body is not serialisable", e);
        }
    }

    private static String host(String url) {
        return URI.create(url).getHost();
    }
}
