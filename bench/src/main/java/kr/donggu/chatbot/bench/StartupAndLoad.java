package kr.donggu.chatbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up to healthy (plain, and with an application class-data archive), throughput and latency at 1/8/32/64
 * clients with {@code GET /health} of the same server under the same load as its ceiling, peak memory, and 60 s
 * held at 32 clients.
 */
final class StartupAndLoad {

    static final int PORT = 18_070;
    static final int REPEATS = 3;
    static final Duration LEVEL = Duration.ofSeconds(5);
    static final Duration HOLD = Duration.ofSeconds(60);

    record Level(int clients, double requestsPerSecond, double p50Millis, double p99Millis, int errors,
                 double serverP50Millis, List<Double> runsRequestsPerSecond, Double healthRequestsPerSecond,
                 Double healthP50Millis, Double healthP99Millis) {
    }

    private StartupAndLoad() {
    }

    static Map<String, Object> startups(Path jar, Path knowledge, Path work) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        out.putAll(startups("", jar, knowledge, work, List.of()));
        Path archive = work.resolve("app-cds.jsa");
        Files.deleteIfExists(archive);
        train(jar, knowledge, work.resolve("cds-training"), archive);
        if (Files.exists(archive)) {
            out.putAll(startups("Cds", jar, knowledge, work, List.of("-XX:SharedArchiveFile=" + archive)));
        }
        return out;
    }

    private static Map<String, Object> startups(String suffix, Path jar, Path knowledge, Path work,
                                                List<String> options) throws Exception {
        List<Double> cold = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            Path data = work.resolve("startup" + suffix + "-" + i);
            ServerProcess.deleteRecursively(data);
            try (ServerProcess s = ServerProcess.start(jar, knowledge, data, PORT, "256m", Map.of(), options)) {
                cold.add(s.startupMillis);
            }
            try (ServerProcess s = ServerProcess.start(jar, knowledge, data, PORT, "256m", Map.of(), options)) {
                warm.add(s.startupMillis);   // index and database already there
            }
        }
        System.out.printf("  start-up%s: first %.0f ms, restart %.0f ms%n", suffix, Stats.median(cold), Stats.median(warm));
        return Map.of("firstStartMedian" + suffix, Stats.median(cold), "restartMedian" + suffix, Stats.median(warm),
                "firstStarts" + suffix, cold, "restarts" + suffix, warm);
    }

    /** One run that answers a chat and stops, writing the classes it loaded to {@code archive} on exit. */
    private static void train(Path jar, Path knowledge, Path data, Path archive) throws Exception {
        try (ServerProcess s = ServerProcess.start(jar, knowledge, data, PORT, "256m", Map.of(),
                List.of("-XX:ArchiveClassesAtExit=" + archive))) {
            new LoadTest(PORT, List.of("텃밭 신청은 언제 해요?")).run(1, Duration.ofSeconds(1));
        }
    }

    static Map<String, Object> load(Path jar, Path knowledge, Path work, List<String> questions) throws Exception {
        Path data = work.resolve("load");
        Map<String, Object> out = new LinkedHashMap<>();
        try (ServerProcess server = ServerProcess.start(jar, knowledge, data, PORT, "256m")) {
            LoadTest load = new LoadTest(PORT, questions);
            out.put("warmUpSeconds", warmUp(load));
            List<Level> levels = new ArrayList<>();
            for (int clients : new int[] {1, 8, 32, 64}) {
                levels.add(level(load, clients, data, questions, work));
            }
            out.put("load", levels);
            out.put("loadGenerator", Wrk.available() ? "wrk (C, up to 2 threads) on the same machine"
                    : "JDK HttpClient threads on the same machine");
            long from = System.currentTimeMillis();
            LoadTest held = new LoadTest(PORT, questions);
            LoadTest.Result hold = held.run(32, HOLD);
            out.put("peakRssMib", server.peakRssMib());
            server.close();   // graceful: finishes in-flight requests, closes SQLite
            Map<String, Integer> stored = Sqlite.messageCounts(data);
            long missing = held.acknowledged.keySet().stream().filter(id -> !stored.containsKey(id)).count();
            long duplicated = held.acknowledged.keySet().stream().filter(id -> stored.getOrDefault(id, 0) > 1).count();
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("seconds", hold.seconds());
            h.put("clients", 32);
            h.put("acknowledged", held.acknowledged.size());
            h.put("non2xx", hold.errors());
            h.put("requestsPerSecond", hold.requestsPerSecond());
            h.put("p99Millis", hold.p99Millis());
            h.put("missingInSqlite", missing);
            h.put("storedMoreThanOnce", duplicated);
            h.put("serverP50Millis", Stats.median(Sqlite.serverMillis(data, from, System.currentTimeMillis())));
            out.put("hold", h);
        }
        return out;
    }

    /**
     * Runs 8 clients in 5-second rounds until the JIT has settled: two rounds in a row within 5 % of each other's
     * rate, after at least 60 s and at most 120 s. A fixed 5 s left the first levels measuring code still being
     * compiled (their server time came out above the 64-client level's), and so did 35 s: C2 was still compiling
     * after a minute at one client. Returns the seconds it took.
     */
    private static long warmUp(LoadTest load) throws Exception {
        long started = System.nanoTime();
        double previous = 0;
        for (int round = 1; round <= WARM_UP_MAX_ROUNDS; round++) {
            double rate = load.run(8, LEVEL).requestsPerSecond();
            if (round >= WARM_UP_MIN_ROUNDS && Math.abs(rate - previous) <= WARM_UP_TOLERANCE * previous) {
                break;
            }
            previous = rate;
        }
        return Duration.ofNanos(System.nanoTime() - started).toSeconds();
    }

    private static final int WARM_UP_MIN_ROUNDS = 12;
    private static final int WARM_UP_MAX_ROUNDS = 24;
    private static final double WARM_UP_TOLERANCE = 0.05;

    /** Chat and the trivial endpoint alternate run by run, so both meet the same load from the rest of the machine. */
    private static Level level(LoadTest load, int clients, Path data, List<String> questions, Path work)
            throws Exception {
        List<Double> rps = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        List<Double> server = new ArrayList<>();
        List<LoadTest.Result> health = new ArrayList<>();
        int errors = 0;
        int seconds = (int) LEVEL.toSeconds();
        for (int i = 0; i < REPEATS; i++) {
            long from = System.currentTimeMillis();
            LoadTest.Result r = Wrk.available() ? Wrk.chat(PORT, clients, seconds, questions, work) : load.run(clients, LEVEL);
            rps.add(r.requestsPerSecond());
            p50.add(r.p50Millis());
            p99.add(r.p99Millis());
            errors += r.errors();
            server.add(Stats.median(Sqlite.serverMillis(data, from, System.currentTimeMillis())));
            if (Wrk.available()) {
                health.add(Wrk.get(PORT, clients, seconds, "/health"));
            }
        }
        Double ceiling = health.isEmpty() ? null : Stats.median(health.stream().map(LoadTest.Result::requestsPerSecond).toList());
        Double ceilingP50 = health.isEmpty() ? null : Stats.median(health.stream().map(LoadTest.Result::p50Millis).toList());
        Double ceilingP99 = health.isEmpty() ? null : Stats.median(health.stream().map(LoadTest.Result::p99Millis).toList());
        System.out.printf("  %d clients: %.0f chats/s, p50 %.2f ms, p99 %.2f ms, errors %d; /health %s req/s%n", clients,
                Stats.median(rps), Stats.median(p50), Stats.median(p99), errors, ceiling == null ? "n/a" : String.format("%.0f", ceiling));
        return new Level(clients, Stats.median(rps), Stats.median(p50), Stats.median(p99), errors,
                Stats.median(server), rps, ceiling, ceilingP50, ceilingP99);
    }
}
