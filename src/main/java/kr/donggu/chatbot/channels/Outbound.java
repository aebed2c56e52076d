package kr.donggu.chatbot.channels;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls to the platforms' APIs: the JDK HTTP client (HTTP/1.1, 3 s connect, 5 s per request, redirects never
 * followed) with Resilience4j retries on network errors, 429 and 5xx (three attempts, backing off). A platform that
 * answers 200 but refuses the message ({@code ok:false}, {@code success:false}, {@code status:FAIL}) is a failure
 * too. Every failure is logged with the platform, host and reason, and counted; the body is never logged: it holds
 * a resident's question and answer.
 */
final class Outbound {

    /** Reads a platform's 200 body: null when the platform took the message, else the platform's error code. */
    interface Verdict extends Function<JsonNode, String> {
        Verdict ANY = body -> null;
    }

    private static final Logger log = LoggerFactory.getLogger(Outbound.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(3)).build();
    private final Retry retry = Retry.of("outbound", RetryConfig.<HttpResponse<String>>custom()
            .maxAttempts(3).waitDuration(Duration.ofMillis(300))
            .retryOnResult(r -> r.statusCode() == 429 || r.statusCode() >= 500)
            .retryExceptions(IOException.class).build());
    private final ChannelMetrics metrics;

    Outbound(ChannelMetrics metrics) {
        this.metrics = metrics;
    }

    /** @return whether the platform took the message */
    boolean post(String platform, String url, Object body, Map<String, String> headers, Verdict verdict) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json(body)));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = Retry.decorateCheckedSupplier(retry,
                    () -> http.send(request.build(), HttpResponse.BodyHandlers.ofString())).get();
            int status = response.statusCode();
            if (status >= 300) {
                return failed(platform, url, "http_" + status / 100 + "xx", String.valueOf(status));
            }
            String refused = verdict.apply(parse(response.body()));
            return refused == null || failed(platform, url, "rejected", refused);
        } catch (Throwable e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return failed(platform, url, e instanceof HttpTimeoutException ? "timeout" : "network",
                    e.getClass().getSimpleName());
        }
    }

    private boolean failed(String platform, String url, String reason, String detail) {
        log.warn("Delivery to {} ({}) failed: {} {}", platform, URI.create(url).getHost(), reason, detail);
        metrics.deliveryFailed(platform, reason);
        return false;
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = JSON.readTree(body == null ? "" : body);
            return node == null ? JSON.missingNode() : node;
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Outbound body is not serialisable", e);
        }
    }
}
