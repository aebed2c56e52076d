package kr.donggu.chatbot.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpServer;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import kr.donggu.chatbot.App;
import kr.donggu.chatbot.config.Config;
import org.slf4j.LoggerFactory;

/**
 * The long fuzz run: {@code n} seeded random and adversarial requests ({@link FuzzInputs}) over every endpoint,
 * the channels signed so their chats run too, against the real server in this process (embedded mode, or
 * {@code openai} against a local stand-in model). Passes when no response is 5xx, every error is the contract's
 * JSON with the security headers, and every stream ends in {@code done} or {@code error}. Writes
 * {@code bench/fuzz-report.json}. Usage: {@code FuzzRun [n] [seed] [embedded|openai]}.
 */
public final class FuzzRun {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 4;

    private final Map<String, Map<Integer, LongAdder>> statuses = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final LongAdder errorBodies = new LongAdder();
    private final LongAdder reusedConnectionsClosed = new LongAdder();
    private final AtomicLong tried = new AtomicLong();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    private FuzzRun(int port) {
        this.port = port;
    }

    public static void main(String[] args) throws Exception {
        // our client lets a kept-alive connection go before the server's 10-second idle timeout does: otherwise a
        // request sent on a connection the server is just closing fails on the client, which says nothing of the server
        System.setProperty("jdk.httpclient.keepalive.timeout", "5");
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261201L;
        boolean llm = args.length > 2 && args[2].equals("openai");
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("access").setLevel(Level.WARN);
        HttpServer standIn = standIn();
        Path data = Files.createTempDirectory("fuzz-run");
        Javalin app = App.create(config(data, "http://127.0.0.1:" + standIn.getAddress().getPort(), llm),
                Clock.systemDefaultZone()).start();
        long started = System.nanoTime();
        FuzzRun run = new FuzzRun(app.port());
        try {
            run.drive(n, seed);
        } finally {
            app.stop();
            standIn.stop(0);
        }
        run.report(n, seed, llm, (System.nanoTime() - started) / 1e9);
        System.exit(run.failures.isEmpty() ? 0 : 1);
    }

    private void drive(int n, long seed) throws InterruptedException {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            FuzzInputs inputs = new FuzzInputs(seed + c);
            int share = n / CLIENTS + (c < n % CLIENTS ? 1 : 0);
            clients.execute(() -> {
                for (int i = 0; i < share; i++) {
                    probe(inputs.next());
                }
            });
        }
        clients.shutdown();
        while (!clients.awaitTermination(30, TimeUnit.SECONDS)) {
            System.out.printf("  %,d of %,d inputs, %d failures%n", tried.get(), n, failures.size());
        }
    }

    private void probe(FuzzInputs.Probe p) {
        try {
            Result r = p.raw() != null ? raw(p.raw()) : sendable(p) ? send(p) : raw(asRaw(p));
            tried.incrementAndGet();
            statuses.computeIfAbsent(p.endpoint(), k -> new ConcurrentHashMap<>())
                    .computeIfAbsent(r.status(), k -> new LongAdder()).increment();
            check(p, r).ifPresent(problem -> fail(p, r, problem));
        } catch (IOException | RuntimeException e) {
            tried.incrementAndGet();
            fail(p, new Result(-1, Map.of(), e.toString()), "no response");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Optional<String> check(FuzzInputs.Probe p, Result r) {
        if (r.status() >= 500) {
            return Optional.of("status " + r.status());
        }
        if (r.status() >= 400 && !p.method().equals("HEAD")) {
            errorBodies.increment();
            if (!"nosniff".equals(r.header("X-Content-Type-Options")) || r.header("Content-Security-Policy") == null) {
                return Optional.of("error without security headers");
            }
            try {
                JsonNode error = JSON.readTree(r.body()).get("error");
                if (error == null || !error.path("code").asText().matches("[a-z]+(_[a-z]+)*")
                        || error.path("message").asText().isBlank() || JSON.readTree(r.body()).size() != 1) {
                    return Optional.of("error body not in the contract's shape");
                }
            } catch (IOException e) {
                return Optional.of("error body is not JSON");
            }
        }
        if (p.endpoint().equals("stream") && r.status() == 200 && !r.body().matches("(?s).*event: (done|error)\ndata: \\{.*")) {
            return Optional.of("stream without done or error event");
        }
        return Optional.empty();
    }

    private void fail(FuzzInputs.Probe p, Result r, String problem) {
        if (failures.size() < 50) {
            String body = r.body().length() > 200 ? r.body().substring(0, 200) : r.body();
            String request = p.raw() == null ? p.method() + " " + p.path() + " " + p.headers() + " "
                    + new String(p.body(), 0, Math.min(300, p.body().length), StandardCharsets.UTF_8)
                    : new String(p.raw(), 0, Math.min(120, p.raw().length), StandardCharsets.ISO_8859_1);
            failures.add((problem + ": " + request.replace("\r\n", "|") + " -> " + r.status() + " " + body)
                    .replaceAll("[\\p{Cs}\\p{Cc}]", "?"));
        } else {
            failures.add(problem);
        }
    }

    /** Whether the JDK client can send it as it is (a printable ASCII URI, a legal method and header values). */
    private boolean sendable(FuzzInputs.Probe p) {
        if (!p.path().matches("[\\x21-\\x7E]+")) {
            return false;
        }
        try {
            URI.create("http://127.0.0.1:" + port + p.path());
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + p.path()));
            p.headers().forEach(b::header);
            b.method(p.method(), HttpRequest.BodyPublishers.noBody());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The request as bytes on a socket: what the JDK client refuses to send, a hostile client sends anyway. */
    private static byte[] asRaw(FuzzInputs.Probe p) {
        StringBuilder head = new StringBuilder(p.method()).append(' ').append(p.path()).append(" HTTP/1.1\r\nHost: a\r\n");
        p.headers().forEach((k, v) -> head.append(k).append(": ").append(v.replaceAll("[\r\n]", " ")).append("\r\n"));
        head.append("Content-Length: ").append(p.body().length).append("\r\nConnection: close\r\n\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + p.body().length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(p.body(), 0, all, h.length, p.body().length);
        return all;
    }

    /**
     * Over the pooled client; a kept-alive connection the server closed just as the client reused it is tried once
     * more on a fresh connection (and counted), since it says nothing about how the server answers the request.
     */
    private Result send(FuzzInputs.Probe p) throws IOException, InterruptedException {
        try {
            return send(p, http);
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
                throw e;
            }
            reusedConnectionsClosed.increment();
            return send(p, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
        }
    }

    private Result send(FuzzInputs.Probe p, HttpClient client) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + p.path()))
                .timeout(Duration.ofSeconds(60)).method(p.method(), p.body().length == 0 && !p.method().equals("POST")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(p.body()));
        p.headers().forEach(b::header);
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        r.headers().map().forEach((k, v) -> headers.put(k, v.get(0)));
        return new Result(r.statusCode(), headers, r.body());
    }

    private Result raw(byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            try {
                socket.getOutputStream().write(request);
            } catch (IOException e) {
                // the server answered and closed before taking all of it (a header too large)
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            try {
                in.transferTo(all);
            } catch (java.net.SocketTimeoutException e) {
                // the response came but the connection stayed open: what came is checked below
            }
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (!text.startsWith("HTTP/1.1 ") || end < 0) {
                throw new IOException("no HTTP response: " + text);
            }
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String line : text.substring(0, end).split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
                }
            }
            return new Result(Integer.parseInt(text.substring(9, 12)), headers, text.substring(end + 4));
        }
    }

    private record Result(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name);
        }
    }

    private void report(int n, long seed, boolean llm, double seconds) throws IOException {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("date", Instant.now().toString());
        report.put("inputs", tried.get());
        report.put("seed", seed);
        report.put("mode", llm ? "openai (local stand-in model)" : "embedded");
        report.put("seconds", Math.round(seconds));
        report.put("responses5xx", statuses.values().stream().flatMap(m -> m.entrySet().stream())
                .filter(e -> e.getKey() >= 500).mapToLong(e -> e.getValue().sum()).sum());
        report.put("errorBodiesChecked", errorBodies.sum());
        report.put("reusedConnectionsClosedThenRetried", reusedConnectionsClosed.sum());
        report.put("failures", failures.size());
        report.put("failureSamples", failures.stream().limit(20).toList());
        Map<String, Map<Integer, Long>> byEndpoint = new TreeMap<>();
        statuses.forEach((endpoint, counts) -> {
            Map<Integer, Long> m = new TreeMap<>();
            counts.forEach((status, adder) -> m.put(status, adder.sum()));
            byEndpoint.put(endpoint, m);
        });
        report.put("statusesByEndpoint", byEndpoint);
        report.put("templateInputs", FuzzInputs.TEMPLATES);
        String json = JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
        Files.writeString(Path.of("bench/fuzz-report" + (llm ? "-openai" : "") + ".json"), json);
        System.out.println(json);
    }

    private static Config config(Path data, String standIn, boolean llm) {
        Config.Channels channels = new Config.Channels(null, "bot", FuzzInputs.TG_SECRET, standIn + "/tg", "xoxb",
                FuzzInputs.SLACK_SECRET, standIn + "/slack", FuzzInputs.LINE_SECRET, "line", standIn + "/line");
        Config c = Config.defaults(Path.of("knowledge").toAbsolutePath(), data).withPort(0)
                .withAdminToken(FuzzInputs.ADMIN_TOKEN).withChannels(channels)
                .withRateLimit(new Config.RateLimit(100_000_000, 100_000_000));
        return llm ? c.withModel(Config.ChatModelKind.OPENAI, new Config.Llm(standIn + "/v1", null, "fuzz", null, null),
                Duration.ofSeconds(5)) : c;
    }

    /** The platforms' APIs and, in openai mode, the model: every call answered at once. */
    private static HttpServer standIn() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String answer = "자료에서 찾지 못했습니다. 동구청에 문의해 주세요.";
            boolean stream = body.contains("\"stream\" : true") || body.contains("\"stream\":true");
            String reply = !exchange.getRequestURI().getPath().startsWith("/v1") ? "{\"ok\":true}"
                    : stream ? "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fuzz\","
                    + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + answer + "\"},\"finish_reason\":\"stop\"}]}"
                    + "\n\ndata: [DONE]\n\n"
                    : "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"fuzz\",\"choices\":[{\"index\":0,"
                    + "\"message\":{\"role\":\"assistant\",\"content\":\"" + answer + "\"},\"finish_reason\":\"stop\"}],"
                    + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";
            byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", stream ? "text/event-stream" : "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }
}
