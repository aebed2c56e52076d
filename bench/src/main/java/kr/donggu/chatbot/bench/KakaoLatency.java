package kr.donggu.chatbot.bench;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * KakaoTalk's synchronous skill path (no callback URL) must answer within Kakao's 5 seconds in every mode, the first
 * request after start included. Starts the product jar per mode, against a language model that answers nothing for
 * 8 seconds, and times the first skill request after {@code /health} says ok and ten more. Writes
 * bench/kakao-latency.md. Run: {@code java -cp <bench classpath> kr.donggu.chatbot.bench.KakaoLatency <jar>}.
 */
public final class KakaoLatency {

    private static final List<String> QUESTIONS = List.of("네트워킹 DAY는 언제 열렸나요?", "사회공헌 프로젝트 알려주세요",
            "ESG 환경마켓이 뭐예요?", "스토리텔링 마케팅 지원사업은 누가 참여하나요?", "도시텃밭 누가 참여해요?",
            "사회서비스 연대조직이 뭐예요?", "씨앗프로젝트가 뭐예요?", "동구청 근처 커피 맛집 알려줘",
            "어떤 사업이 있나요?", "담당자 연결", "사회적경제기업 종류 알려주세요");

    private KakaoLatency() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "bench/out/donggu-chatbot.jar").toAbsolutePath();
        Path knowledge = Path.of("knowledge").toAbsolutePath();
        Path work = Files.createDirectories(Path.of("bench/out/kakao").toAbsolutePath());
        HttpServer slowModel = slowModel(Duration.ofSeconds(8));
        String model = "http://127.0.0.1:" + slowModel.getAddress().getPort();
        Map<String, Map<String, String>> modes = new LinkedHashMap<>();
        modes.put("embedded", Map.of());
        modes.put("openai, LLM_TIMEOUT_MS default", Map.of("CHAT_MODEL", "openai", "OPENAI_BASE_URL", model + "/v1",
                "OPENAI_MODEL", "slow"));
        modes.put("openai, LLM_TIMEOUT_MS=10000", Map.of("CHAT_MODEL", "openai", "OPENAI_BASE_URL", model + "/v1",
                "OPENAI_MODEL", "slow", "LLM_TIMEOUT_MS", "10000"));
        modes.put("ollama, LLM_TIMEOUT_MS=10000", Map.of("CHAT_MODEL", "ollama", "OLLAMA_BASE_URL", model,
                "OLLAMA_MODEL", "slow", "LLM_TIMEOUT_MS", "10000"));
        StringBuilder report = new StringBuilder("# KakaoTalk skill latency without a callback\n\n")
                .append("Date ").append(Instant.now()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, load average at start ").append(Files.readString(Path.of("/proc/loadavg")).split(" ")[0])
                .append(". The model stand-in sends nothing for 8 s. Times are client-side, per request.\n\n")
                .append("| mode | first request after /health ok (ms) | next 10: max (ms) | longest overall (ms) | ")
                .append("first request answered, not \"ask again\" | next 10 answered |\n")
                .append("| --- | --- | --- | --- | --- | --- |\n");
        int run = 0;
        for (var mode : modes.entrySet()) {
            List<Boolean> answered = new ArrayList<>();
            List<Double> times = measure(jar, knowledge, work.resolve("run-" + run++), mode.getValue(), answered);
            double rest = times.subList(1, times.size()).stream().mapToDouble(d -> d).max().orElse(0);
            report.append("| ").append(mode.getKey()).append(" | ").append(Math.round(times.get(0))).append(" | ")
                    .append(Math.round(rest)).append(" | ").append(Math.round(Math.max(rest, times.get(0))))
                    .append(" | ").append(answered.get(0) ? "yes" : "no").append(" | ")
                    .append(answered.subList(1, answered.size()).stream().filter(a -> a).count()).append("/10 |\n");
            System.out.println(mode.getKey() + ": " + times);
        }
        slowModel.stop(0);
        Files.writeString(Path.of("bench/kakao-latency.md"), report.toString());
        System.out.println(report);
    }

    private static List<Double> measure(Path jar, Path knowledge, Path data, Map<String, String> env,
                                        List<Boolean> answered) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Double> times = new ArrayList<>();
        try (ServerProcess server = ServerProcess.start(jar, knowledge, data, freePort(), "256m", env)) {
            for (int i = 0; i <= 10; i++) {
                String body = "{\"userRequest\":{\"utterance\":\"" + QUESTIONS.get(i % QUESTIONS.size())
                        + "\",\"user\":{\"id\":\"bench-user-" + i + "\",\"type\":\"botUserKey\"}}}";
                long t0 = System.nanoTime();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port
                                + "/channels/kakao/skill")).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                times.add((System.nanoTime() - t0) / 1e6);
                answered.add(r.body().contains("\"messageId\""));   // only a real answer carries its message id
                if (r.statusCode() != 200 || !r.body().contains("\"version\":\"2.0\"")) {
                    throw new IllegalStateException("Unexpected skill response " + r.statusCode());
                }
            }
        }
        return times;
    }

    /** A model server that holds every request for {@code delay} before answering with an error. */
    private static HttpServer slowModel(Duration delay) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
