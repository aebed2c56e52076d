package kr.donggu.chatbot.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import kr.donggu.chatbot.App;
import kr.donggu.chatbot.config.Config;

/** The real server on a random port with its own data folder, and a small JSON-over-HTTP client for it. */
public final class TestApp implements AutoCloseable {

    /** Tests run "now" as the day this was written, so answers about dated programs are stable. */
    public static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2026-11-24T03:00:00Z"), ZoneId.of("Asia/Seoul"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Javalin app;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    public final Config config;
    private boolean closed;

    private TestApp(Config config, Clock clock) {
        this.config = config;
        this.app = App.create(config, clock).start();
    }

    /** On the frozen fixture knowledge ({@link Fixtures#FIXTURE_KNOWLEDGE}). */
    public static Config config(Path dataDir) {
        return config(Fixtures.FIXTURE_KNOWLEDGE, dataDir);
    }

    public static Config config(Path knowledgeDir, Path dataDir) {
        return Config.defaults(knowledgeDir, dataDir).withPort(0).withAdminToken("test-admin-token")
                .withRateLimit(new Config.RateLimit(10_000, 100_000));
    }

    public static TestApp start(Path dataDir) {
        return new TestApp(config(dataDir), FIXED_CLOCK);
    }

    public static TestApp start(Config config, Clock clock) {
        return new TestApp(config, clock);
    }

    /** The running Javalin, for tests that inspect what it registered (routes). */
    public Javalin javalin() {
        return app;
    }

    public int port() {
        return app.port();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    public Response post(String path, Object body) {
        try {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            return send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(text)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Response postBytes(String path, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        return send(b);
    }

    /** Any method with a JSON body (or none, when {@code body} is null) and headers. */
    public Response request(String method, String path, Object body, Map<String, String> headers) {
        try {
            String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).method(method, text == null
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
            if (text != null) {
                b.header("Content-Type", "application/json");
            }
            headers.forEach(b::header);
            return send(b);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Response get(String path, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).GET();
        headers.forEach(b::header);
        return send(b);
    }

    public Response get(String path) {
        return get(path, Map.of());
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Asks the chat endpoint and returns the reply JSON, failing on anything but 200. */
    public JsonNode chat(String sessionId, String message) {
        Response r = post("/api/chat", sessionId == null ? Map.of("message", message)
                : Map.of("sessionId", sessionId, "message", message));
        if (r.status() != 200) {
            throw new AssertionError("chat returned " + r.status() + ": " + r.body());
        }
        return r.json();
    }

    /**
     * Stops the server, which first finishes requests in flight and then drains the channels' reply workers: after
     * it, everything the server was going to do has been done (the way to check that something was not sent).
     * Closing twice is harmless.
     */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            app.stop();
        }
    }

    public record Response(int status, String body, Map<String, java.util.List<String>> headers) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst().map(e -> e.getValue().get(0)).orElse(null);
        }
    }
}
