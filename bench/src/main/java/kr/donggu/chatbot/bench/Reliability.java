package kr.donggu.chatbot.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Faults the service must survive: kill -9 under load, a corrupt or deleted index, a broken document. */
final class Reliability {

    private static final int PORT = StartupAndLoad.PORT + 1;

    private Reliability() {
    }

    static Map<String, Object> run(Path jar, Path knowledge, Path work, List<String> questions) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        Path data = work.resolve("faults");
        LoadTest load = new LoadTest(PORT, questions);
        try (ServerProcess server = ServerProcess.start(jar, knowledge, data, PORT, "256m")) {
            Thread killer = new Thread(() -> {
                try {
                    Thread.sleep(3000);
                    server.kill9();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            killer.start();
            load.run(32, Duration.ofSeconds(5));
            killer.join();
        }
        try (ServerProcess restarted = ServerProcess.start(jar, knowledge, data, PORT, "256m")) {
            Map<String, Integer> stored = Sqlite.messageCounts(data);
            Map<String, Object> kill = new LinkedHashMap<>();
            kill.put("acknowledgedBeforeKill", load.acknowledged.size());
            kill.put("missingAfterRestart", load.acknowledged.keySet().stream().filter(id -> !stored.containsKey(id)).count());
            kill.put("integrityCheck", Sqlite.integrity(data));
            kill.put("healthyAfterRestartMillis", restarted.startupMillis);
            out.put("kill9UnderLoad", kill);
        }
        corrupt(data.resolve("index/current"));
        try (ServerProcess s = ServerProcess.start(jar, knowledge, data, PORT, "256m")) {
            out.put("corruptIndexRebuilt", health(PORT));
        }
        deleteTree(data.resolve("index"));
        try (ServerProcess s = ServerProcess.start(jar, knowledge, data, PORT, "256m")) {
            out.put("deletedIndexRebuilt", health(PORT));
        }
        Path broken = copy(knowledge, work.resolve("knowledge-broken"));
        Files.writeString(broken.resolve("programs/broken.md"), "---\ntitle: [oops\n---\n## 개요\n깨진 문서.\n");
        try (ServerProcess s = ServerProcess.start(jar, broken, work.resolve("broken-data"), PORT, "256m")) {
            out.put("brokenDocumentSkipped", health(PORT));
        }
        out.put("llmFaults", "covered by LlmModeTest in the normal test suite: 500, 429, garbage, empty, hang, "
                + "unreachable each fall back within LLM_TIMEOUT_MS + margin");
        return out;
    }

    private static String health(int port) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void corrupt(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.write(f, new byte[] {0, 1, 2, 3});
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        deleteTree(to);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
        return to;
    }
}
