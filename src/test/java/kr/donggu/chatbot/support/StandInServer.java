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
import java.util.function.Predicate;

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

    /** What to send back: status, content type, body chunks, a pause before each chunk, and extra headers. */
    public record Reply(int status, String contentType, List<String> chunks, Duration pause,
                        Map<String, String> headers) {
        public Reply(int status, String contentType, List<String> chunks, Duration pause) {
            this(status, contentType, chunks, pause, Map.of());
        }

        public static Reply redirect(String location) {
            return new Reply(302, "text/plain", List.of("moved"), Duration.ZERO, Map.of("Location", location));
        }

        public static Reply json(String body) {
            return new Reply(200, "application/json", List.of(body), Duration.ZERO);
        }

        public static Reply status(int status) {
            return new Reply(status, "application/json", List.of("{\"error\":\"stand-in\"}"), Duration.ZERO);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Object arrivals = new Object();
    /** Released on close, so a stand-in that is still being slow lets go when the test ends. */
    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
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

    /** Waits for {@code count} requests, for replies sent asynchronously. */
    public List<Received> awaitRequests(int count) {
        return awaitRequests(r -> true, count);
    }

    /** Waits up to 30 s, woken by each arrival, until {@code count} requests match; returns those that do. */
    public List<Received> awaitRequests(Predicate<Received> which, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        synchronized (arrivals) {
            while (matching(which).size() < count && System.nanoTime() < deadline) {
                try {
                    arrivals.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return matching(which);
    }

    private List<Received> matching(Predicate<Received> which) {
        return received.stream().filter(which).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Received r = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                Map.copyOf(exchange.getRequestHeaders()),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        received.add(r);
        synchronized (arrivals) {
            arrivals.notifyAll();
        }
        Reply reply = responder.apply(r);
        exchange.getResponseHeaders().add("Content-Type", reply.contentType());
        reply.headers().forEach(exchange.getResponseHeaders()::add);
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
    private void pause(Duration d) {
        if (!d.isZero()) {
            try {
                closed.await(d.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
    }
}
