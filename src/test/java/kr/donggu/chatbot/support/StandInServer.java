package kr.donggu.chatbot.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real HTTP server on a random local port standing in for a platform API or a language model: it records every
 * request and answers with whatever the test's responder returns. Responses may be streamed in chunks, each flushed.
 */
public final class StandInServer implements AutoCloseable {

    public record Received(String method, String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    /** What to send back: status, content type, body chunks, and a pause before each chunk. */
    public record Reply(int status, String contentType, List<String> chunks, Duration pause) {
        public static Reply json(String body) {
            return new Reply(200, "application/json", List.of(body), Duration.ZERO);
        }

        public static Reply status(int status) {
            return new Reply(status, "application/json", List.of("{\"error\":\"stand-in\"}"), Duration.ZERO);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<Received, Reply> responder = r -> Reply.json("{\"ok\":true}");

    public StandInServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public StandInServer respond(Function<Received, Reply> newResponder) {
        this.responder = newResponder;
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits up to 15 s for {@code count} requests, for replies sent asynchronously. */
    public List<Received> awaitRequests(int count) {
        Await.until(count + " requests at the stand-in", () -> received.size() >= count);
        return received();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Received r = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                Map.copyOf(exchange.getRequestHeaders()),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        received.add(r);
        Reply reply = responder.apply(r);
        exchange.getResponseHeaders().add("Content-Type", reply.contentType());
        exchange.sendResponseHeaders(reply.status(), 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (String chunk : reply.chunks()) {
                pause(reply.pause());
                out.write(chunk.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            // the client gave up (a timeout under test): nothing to do
        }
    }

    /** The stand-in's own slowness (a slow model, a slow platform), not a way of ordering a test's events. */
    private static void pause(Duration d) {
        if (!d.isZero()) {
            try {
                Thread.sleep(d.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
