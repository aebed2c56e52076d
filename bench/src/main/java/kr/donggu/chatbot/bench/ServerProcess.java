package kr.donggu.chatbot.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The product jar started as its own process, as an operator would run it, with its start-up time and memory. */
final class ServerProcess implements AutoCloseable {

    final Process process;
    final int port;
    final double startupMillis;

    private ServerProcess(Process process, int port, double startupMillis) {
        this.process = process;
        this.port = port;
        this.startupMillis = startupMillis;
    }

    static ServerProcess start(Path jar, Path knowledge, Path dataDir, int port, String heap) throws Exception {
        return start(jar, knowledge, dataDir, port, heap, java.util.Map.of());
    }

    /** With more environment variables, e.g. a language model's settings or {@code DATABASE_URL}. */
    static ServerProcess start(Path jar, Path knowledge, Path dataDir, int port, String heap,
                               java.util.Map<String, String> env) throws Exception {
        return start(jar, knowledge, dataDir, port, heap, env, List.of());
    }

    /** @param jvmOptions extra options before {@code -jar}, e.g. a class-data-sharing archive */
    static ServerProcess start(Path jar, Path knowledge, Path dataDir, int port, String heap,
                               java.util.Map<String, String> env, List<String> jvmOptions) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("java", "-Xmx" + heap));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(java.util.Map.of("PORT", String.valueOf(port), "KNOWLEDGE_DIR", knowledge.toString(),
                "DATA_DIR", dataDir.toString(), "RATE_LIMIT_PER_SESSION", "1000000",
                "RATE_LIMIT_PER_ADDRESS", "10000000"));
        pb.environment().putAll(env);
        Files.createDirectories(dataDir);
        pb.redirectErrorStream(true).redirectOutput(dataDir.resolve("server.log").toFile());
        long started = System.nanoTime();
        Process p = pb.start();
        HttpClient http = HttpClient.newHttpClient();
        while (true) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                if (!p.isAlive() || System.nanoTime() - started > Duration.ofSeconds(60).toNanos()) {
                    throw new IllegalStateException("Server did not become healthy; see " + dataDir.resolve("server.log"));
                }
                Thread.sleep(20);
            }
        }
        return new ServerProcess(p, port, (System.nanoTime() - started) / 1e6);
    }

    /** A data directory from an earlier run removed, so a "first start" really starts from nothing. */
    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Peak resident set size so far (VmHWM), in MiB. */
    double peakRssMib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
