package kr.donggu.chatbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** Closed-loop load over HTTP: N clients each sending chat requests back to back for a fixed time. */
final class LoadTest {

    record Result(int clients, double seconds, int ok, int errors, double requestsPerSecond, double p50Millis,
                  double p99Millis) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final List<String> questions;
    /** messageId of every 200 reply: what was acknowledged and must be stored exactly once. */
    final Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();

    LoadTest(int port, List<String> questions) {
        this.port = port;
        this.questions = questions;
    }

    Result run(int clients, Duration duration) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                int i = client;
                while (System.nanoTime() < end) {
                    String body = "{\"sessionId\":\"bench-" + client + "-" + (i / 20) + "\",\"message\":"
                            + quote(questions.get(i++ % questions.size())) + "}";
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + port + "/api/chat")).header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        latencies.add((System.nanoTime() - t0) / 1e6);
                        if (r.statusCode() == 200) {
                            ok.incrementAndGet();
                            acknowledged.put(messageId(r.body()), true);
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        if (e instanceof InterruptedException) {
                            Thread.currentThread().interrupt();
                            break;
                        }
                    }
                }
                done.countDown();
            }, "load-" + c);
            t.start();
        }
        done.await();
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(clients, seconds, ok.get(), errors.get(), ok.get() / seconds,
                Stats.percentile(latencies, 50), Stats.percentile(latencies, 99));
    }

    private static String messageId(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            return n.get("messageId").asText();
        } catch (Exception e) {
            return "unparsed-" + body.hashCode();
        }
    }

    static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
