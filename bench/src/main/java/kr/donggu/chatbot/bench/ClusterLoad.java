package kr.donggu.chatbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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

/**
 * Closed-loop chat clients spread over several nodes, as a load balancer would: each request goes to the next node,
 * and one that refuses the connection is retried once on the following node (nginx's {@code proxy_next_upstream
 * error}). Records every outcome with its time, so faults can be read off afterwards.
 */
final class ClusterLoad {

    /** {@code status} is -1 when no node answered. */
    record Outcome(long atNanos, int status, double millis) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Integer> ports;
    private final List<String> questions;
    /** messageId of every 200: acknowledged, so it must be stored. */
    final Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();
    final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());

    ClusterLoad(List<Integer> ports, List<String> questions) {
        this.ports = ports;
        this.questions = questions;
    }

    void run(int clients, Duration duration) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(2)).build();
                for (int i = 0; System.nanoTime() < end; i++) {
                    send(http, client, i);
                }
                done.countDown();
            }, "cluster-load-" + c);
            t.start();
        }
        done.await();
    }

    private void send(HttpClient http, int client, int i) {
        String body = "{\"sessionId\":\"cluster-" + client + "-" + (i / 20) + "\",\"message\":"
                + LoadTest.quote(questions.get((client + i) % questions.size())) + "}";
        long t0 = System.nanoTime();
        int status = -1;
        for (int attempt = 0; attempt < 2 && status < 0; attempt++) {
            int port = ports.get((client + i + attempt) % ports.size());
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                + "/api/chat")).header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                status = r.statusCode();
                if (status == 200) {
                    acknowledged.put(JSON.readTree(r.body()).get("messageId").asText(), true);
                }
            } catch (IOException e) {
                // refused or reset: the next node, once
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        outcomes.add(new Outcome(t0, status, (System.nanoTime() - t0) / 1e6));
    }

    /** Outcomes that started between two instants of {@link System#nanoTime()}. */
    List<Outcome> between(long fromNanos, long toNanos) {
        synchronized (outcomes) {
            return outcomes.stream().filter(o -> o.atNanos() >= fromNanos && o.atNanos() < toNanos).toList();
        }
    }
}
