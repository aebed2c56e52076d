package kr.donggu.chatbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.donggu.chatbot.support.PostgresServer;

/**
 * The shared store in one run: chats/s and latency with SQLite (one node), PostgreSQL with one node and with two;
 * then PostgreSQL restarted under load and a node killed with kill -9 under load. PostgreSQL runs durably
 * (fsync and synchronous commit on) on the same two cores as the nodes and the load generator.
 */
final class ClusterBench {

    static final int PORT_A = 18_180;
    static final int PORT_B = 18_181;
    private static final int[] CLIENTS = {8, 32};
    private static final Duration FAULT_LOAD = Duration.ofSeconds(25);

    private final Path jar;
    private final Path knowledge;
    private final Path work;
    private final List<String> questions;

    private ClusterBench(Path jar, Path knowledge, Path work, List<String> questions) {
        this.jar = jar;
        this.knowledge = knowledge;
        this.work = work;
        this.questions = questions;
    }

    static Map<String, Object> run(Path jar, Path knowledge, Path work, List<String> questions) throws Exception {
        return new ClusterBench(jar, knowledge, work.resolve("cluster"), questions).all();
    }

    private Map<String, Object> all() throws Exception {
        Reliability.deleteTree(work);
        Files.createDirectories(work);
        Map<String, Object> out = new LinkedHashMap<>();
        try (PostgresServer pg = PostgresServer.start(true)) {
            List<Map<String, Object>> throughput = new ArrayList<>();
            throughput.add(throughput("SQLite, 1 node", List.of(), null));
            throughput.add(throughput("PostgreSQL, 1 node", List.of(PORT_A), pg.createDatabase()));
            throughput.add(throughput("PostgreSQL, 2 nodes", List.of(PORT_A, PORT_B), pg.createDatabase()));
            out.put("throughput", throughput);
            out.put("postgresRestartUnderLoad", postgresRestart(pg, pg.createDatabase()));
            out.put("nodeKilledUnderLoad", nodeKill(pg, pg.createDatabase()));
        }
        return out;
    }

    /** @param ports empty for the SQLite node (on PORT_A) */
    private Map<String, Object> throughput(String label, List<Integer> ports, String url) throws Exception {
        System.out.println("  " + label);
        List<Integer> nodes = ports.isEmpty() ? List.of(PORT_A) : ports;
        List<ServerProcess> servers = start(nodes, url, label);
        try {
            level(nodes, 8, 5);   // warm-up: JIT, pools
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("setup", label);
            for (int clients : CLIENTS) {
                List<Double> rps = new ArrayList<>();
                List<Double> p99 = new ArrayList<>();
                int errors = 0;
                for (int i = 0; i < StartupAndLoad.REPEATS; i++) {
                    LoadTest.Result r = level(nodes, clients, (int) StartupAndLoad.LEVEL.toSeconds());
                    rps.add(r.requestsPerSecond());
                    p99.add(r.p99Millis());
                    errors += r.errors();
                }
                row.put("chatsPerSecond" + clients, Stats.median(rps));
                row.put("p99Millis" + clients, Stats.median(p99));
                row.put("errors" + clients, errors);
                System.out.printf("    %d clients: %.0f chats/s, p99 %.1f ms, %d errors%n", clients, Stats.median(rps),
                        Stats.median(p99), errors);
            }
            return row;
        } finally {
            stop(servers);
        }
    }

    private LoadTest.Result level(List<Integer> nodes, int clients, int seconds) throws Exception {
        if (!Wrk.available()) {
            ClusterLoad load = new ClusterLoad(nodes, questions);
            load.run(clients, Duration.ofSeconds(seconds));
            List<Double> millis = load.outcomes.stream().map(ClusterLoad.Outcome::millis).toList();
            long ok = load.outcomes.stream().filter(o -> o.status() == 200).count();
            return new LoadTest.Result(clients, seconds, (int) ok, load.outcomes.size() - (int) ok,
                    ok / (double) seconds, Stats.percentile(millis, 50), Stats.percentile(millis, 99));
        }
        Path file = work.resolve("questions.txt");
        Files.write(file, questions.stream().map(LoadTest::quote).toList());
        ProcessBuilder pb = new ProcessBuilder("wrk", "-t" + Math.min(2, clients), "-c" + clients,
                "-d" + seconds + "s", "--latency", "--timeout", "10s", "-s",
                Path.of("bench/chat.lua").toAbsolutePath().toString(), "http://127.0.0.1:" + nodes.get(0), "--",
                file.toString()).redirectErrorStream(true);
        pb.environment().put("WRK_NODES", String.join(",", nodes.stream().map(p -> "127.0.0.1:" + p).toList()));
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return Wrk.parse(text, clients, seconds);
    }

    /** Two nodes under load; PostgreSQL stopped (fast, as a restart does) for 5 s, then started again. */
    private Map<String, Object> postgresRestart(PostgresServer pg, String url) throws Exception {
        System.out.println("  PostgreSQL restarted under load");
        List<ServerProcess> servers = start(List.of(PORT_A, PORT_B), url, "restart");
        ClusterLoad load = new ClusterLoad(List.of(PORT_A, PORT_B), questions);
        long[] marks = new long[2];
        List<Integer> healthDuring = new ArrayList<>();
        try {
            Thread fault = new Thread(() -> {
                try {
                    Thread.sleep(8_000);
                    marks[0] = System.nanoTime();
                    pg.stop();
                    Thread.sleep(2_500);
                    healthDuring.add(health(PORT_A));
                    healthDuring.add(health(PORT_B));
                    Thread.sleep(2_500);
                    pg.startServer();
                    marks[1] = System.nanoTime();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            fault.start();
            load.run(16, FAULT_LOAD);
            fault.join();
        } finally {
            stop(servers);
        }
        List<ClusterLoad.Outcome> away = load.between(marks[0], marks[1]);
        List<ClusterLoad.Outcome> after = load.between(marks[1], Long.MAX_VALUE);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("clients", 16);
        out.put("postgresAwaySeconds", (marks[1] - marks[0]) / 1e9);
        out.put("acknowledged", load.acknowledged.size());
        out.put("missingInPostgres", missing(pg, url, load.acknowledged.keySet()));
        out.put("whileAway503", away.stream().filter(o -> o.status() == 503).count());
        out.put("whileAwayOther", away.stream().filter(o -> o.status() != 503 && o.status() != 200).count());
        out.put("whileAway200", away.stream().filter(o -> o.status() == 200).count());
        out.put("whileAwayMaxMillis", away.stream().mapToDouble(ClusterLoad.Outcome::millis).max().orElse(0));
        out.put("whileAwayP99Millis", Stats.percentile(away.stream().map(ClusterLoad.Outcome::millis).toList(), 99));
        out.put("healthWhileAway", healthDuring);
        out.put("firstOkAfterRestartMillis", after.stream().filter(o -> o.status() == 200).mapToLong(
                o -> (o.atNanos() - marks[1]) / 1_000_000).min().orElse(-1));
        out.put("non200AfterRecovery", after.stream().filter(o -> o.status() != 200)
                .filter(o -> o.atNanos() > marks[1] + Duration.ofSeconds(5).toNanos()).count());
        return out;
    }

    /** Two nodes under load; node A killed with kill -9; the clients fail over to node B. */
    private Map<String, Object> nodeKill(PostgresServer pg, String url) throws Exception {
        System.out.println("  a node killed under load");
        List<ServerProcess> servers = start(List.of(PORT_A, PORT_B), url, "kill");
        ClusterLoad load = new ClusterLoad(List.of(PORT_A, PORT_B), questions);
        long[] killedAt = new long[1];
        try {
            Thread killer = new Thread(() -> {
                try {
                    Thread.sleep(8_000);
                    killedAt[0] = System.nanoTime();
                    servers.get(0).kill9();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            killer.start();
            load.run(16, Duration.ofSeconds(18));
            killer.join();
        } finally {
            stop(servers);
        }
        List<ClusterLoad.Outcome> after = load.between(killedAt[0], Long.MAX_VALUE);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("clients", 16);
        out.put("acknowledged", load.acknowledged.size());
        out.put("missingInPostgres", missing(pg, url, load.acknowledged.keySet()));
        out.put("afterKill200", after.stream().filter(o -> o.status() == 200).count());
        out.put("afterKillFailed", after.stream().filter(o -> o.status() != 200).count());
        out.put("afterKillChatsPerSecond", after.stream().filter(o -> o.status() == 200).count()
                / ((System.nanoTime() - killedAt[0]) / 1e9));
        return out;
    }

    private List<ServerProcess> start(List<Integer> ports, String url, String name) throws Exception {
        List<ServerProcess> servers = new ArrayList<>();
        for (int port : ports) {
            Map<String, String> env = url == null ? Map.of() : Map.of("DATABASE_URL", url);
            servers.add(ServerProcess.start(jar, knowledge, work.resolve(name + "-" + port), port, "256m", env));
        }
        return servers;
    }

    private static void stop(List<ServerProcess> servers) throws InterruptedException {
        for (ServerProcess s : servers) {
            s.close();
        }
    }

    private static int health(int port) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + port + "/health")).timeout(Duration.ofSeconds(10))
                    .build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static long missing(PostgresServer pg, String url, Set<String> acknowledged) {
        Set<String> stored = new HashSet<>(pg.column(url, "SELECT id FROM messages"));
        return acknowledged.stream().filter(id -> !stored.contains(id)).count();
    }

    /** The report's section. */
    static String markdown(JsonNode cluster) {
        StringBuilder md = new StringBuilder("\n## Several nodes: SQLite and PostgreSQL side by side\n\n");
        md.append("Same run, same load generator, same questions; PostgreSQL 15 durable (fsync on), on the same two ")
                .append("cores as the nodes and the load generator, so two nodes share the CPU one node had.\n\n")
                .append("| setup | chats/s (8 clients) | p99 ms | chats/s (32 clients) | p99 ms | errors |\n")
                .append("|---|---|---|---|---|---|\n");
        for (JsonNode row : cluster.get("throughput")) {
            md.append(String.format("| %s | %.0f | %.1f | %.0f | %.1f | %d |%n", row.get("setup").asText(),
                    row.get("chatsPerSecond8").asDouble(), row.get("p99Millis8").asDouble(),
                    row.get("chatsPerSecond32").asDouble(), row.get("p99Millis32").asDouble(),
                    row.get("errors8").asInt() + row.get("errors32").asInt()));
        }
        md.append("\n### PostgreSQL restarted under load (two nodes, 16 clients)\n\n```json\n")
                .append(cluster.get("postgresRestartUnderLoad").toPrettyString()).append("\n```\n")
                .append("\n### A node killed with kill -9 under load (16 clients failing over to the other node)\n\n```json\n")
                .append(cluster.get("nodeKilledUnderLoad").toPrettyString()).append("\n```\n");
        return md.toString();
    }
}
