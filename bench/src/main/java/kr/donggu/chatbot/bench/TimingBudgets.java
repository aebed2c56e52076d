package kr.donggu.chatbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpServer;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.InetSocketAddress;
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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import kr.donggu.chatbot.App;
import kr.donggu.chatbot.config.Config;

/**
 * The wall-clock budgets the tests no longer assert: Kakao's 5-second skill limit with a model slower than that
 * (the answer from the documents, or {@code useCallback} at once and the answer posted later), and how soon each
 * kind of model fault is answered by the fallback against {@code LLM_TIMEOUT_MS}. Medians of 5; writes
 * {@code bench/timing-report.json}.
 */
public final class TimingBudgets {

    /** Calls per fresh server: fewer than the circuit breaker needs to open, so each call meets the model. */
    private static final int RUNS = 3;
    private static volatile String fault = "slow";
    private static final CompletableFuture<Long>[] CALLBACK = new CompletableFuture[1];

    public static void main(String[] args) throws Exception {
        HttpServer standIn = standIn();
        String base = "http://127.0.0.1:" + standIn.getAddress().getPort();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("date", Instant.now().toString());
        report.put("machine", Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version"));
        report.put("kakao", kakao(base));
        report.put("fallbackMillisByFault", fallbacks(base));
        standIn.stop(0);
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
        Files.writeString(Path.of("bench/timing-report.json"), json);
        System.out.println(json);
        System.exit(0);
    }

    private static Map<String, Object> kakao(String base) throws Exception {
        fault = "slow";   // 8 s: past Kakao's 5 s
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("budgetMillis", 5000);
        Javalin app = start(base, Config.DEFAULT_LLM_TIMEOUT);
        try {
            out.put("withoutCallbackMedianMillis", median(() -> time(() -> post(app, "/channels/kakao/skill", skill(null)))));
        } finally {
            app.stop();
        }
        Javalin second = start(base, Config.DEFAULT_LLM_TIMEOUT);
        try {
            CALLBACK[0] = new CompletableFuture<>();
            long started = System.nanoTime();
            out.put("useCallbackReplyMillis", time(() -> post(second, "/channels/kakao/skill", skill(base + "/callback"))));
            out.put("callbackPostedAfterMillis", (CALLBACK[0].get(60, TimeUnit.SECONDS) - started) / 1_000_000);
        } finally {
            second.stop();
        }
        return out;
    }

    /** Per fault, a fresh server (a fresh circuit breaker), and the median of its first calls. */
    private static Map<String, Object> fallbacks(String base) throws Exception {
        Duration timeout = Duration.ofMillis(1000);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("llmTimeoutMillis", timeout.toMillis());
        for (String f : new String[] {"500", "429", "garbage", "empty", "hang"}) {
            fault = f;
            Javalin app = start(base, timeout);
            try {
                out.put(f, median(() -> time(() -> post(app, "/api/chat", "{\"message\":\"네트워킹 데이는 언제 열렸어요?\"}"))));
            } finally {
                app.stop();
            }
        }
        return out;
    }

    private static Javalin start(String base, Duration timeout) throws IOException {
        Config config = Config.defaults(Path.of("knowledge").toAbsolutePath(), Files.createTempDirectory("timing"))
                .withPort(0).withRateLimit(new Config.RateLimit(1_000_000, 1_000_000))
                .withChannels(Config.Channels.off().withKakaoCallback(java.util.List.of(base), Duration.ofSeconds(30)))
                .withModel(Config.ChatModelKind.OPENAI, new Config.Llm(base + "/v1", null, "slow", null, null), timeout);
        return App.create(config, Clock.systemDefaultZone()).start();
    }

    private static String skill(String callbackUrl) {
        return "{\"userRequest\":{\"utterance\":\"네트워킹 데이는 언제 열렸어요?\",\"user\":{\"id\":\"u1\"}"
                + (callbackUrl == null ? "" : ",\"callbackUrl\":\"" + callbackUrl + "\"") + "},\"bot\":{\"id\":\"b\"}}";
    }

    private static int post(Javalin app, String path, String body) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                    + path)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int time(IntSupplier call) {
        long started = System.nanoTime();
        call.getAsInt();
        return (int) ((System.nanoTime() - started) / 1_000_000);
    }

    private static int median(IntSupplier measure) {
        int[] values = new int[RUNS];
        for (int i = 0; i < RUNS; i++) {
            values[i] = measure.getAsInt();
        }
        java.util.Arrays.sort(values);
        return values[RUNS / 2];
    }

    /** The model (faulty as {@link #fault} says) and the Kakao callback endpoint. */
    private static HttpServer standIn() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (exchange.getRequestURI().getPath().startsWith("/callback")) {
                if (CALLBACK[0] != null) {
                    CALLBACK[0].complete(System.nanoTime());
                }
                reply(exchange, 200, "{}");
                return;
            }
            switch (fault) {
                case "500" -> reply(exchange, 500, "{}");
                case "429" -> reply(exchange, 429, "{}");
                case "garbage" -> reply(exchange, 200, "this is not json");
                case "empty" -> reply(exchange, 200, "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"x\","
                        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":\"stop\"}]}");
                case "hang" -> pause(exchange, 3000);
                default -> pause(exchange, 8000);
            }
        });
        server.start();
        return server;
    }

    private static void pause(com.sun.net.httpserver.HttpExchange exchange, long millis) throws IOException {
        try {
            Thread.sleep(millis);   // the model's slowness under measurement
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reply(exchange, 200, "{}");
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            // the server under test gave up on the call (its timeout): nothing to answer
        }
        exchange.close();
    }
}
