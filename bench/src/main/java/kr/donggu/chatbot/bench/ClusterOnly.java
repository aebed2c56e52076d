package kr.donggu.chatbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Only the several-nodes section ({@link ClusterBench}), for a quicker run than the whole harness:
 * {@code bench/run cluster}. Writes bench/cluster-report.json and bench/CLUSTER.md.
 */
public final class ClusterOnly {

    private ClusterOnly() {
    }

    private static String loadAverage() throws java.io.IOException {
        Path proc = Path.of("/proc/loadavg");
        return Files.exists(proc) ? Files.readString(proc).split(" ")[0] : "unknown";
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "bench/out/donggu-chatbot.jar").toAbsolutePath();
        Path work = Files.createDirectories(Path.of("bench/out/work").toAbsolutePath());
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("date", Instant.now().toString());
        report.put("machine", Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", server heap -Xmx256m");
        report.put("loadAverageBefore", loadAverage());
        report.put("cluster", ClusterBench.run(jar, Path.of("knowledge").toAbsolutePath(), work, Questions.all()));
        report.put("loadAverageAfter", loadAverage());
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        json.writeValue(Path.of("bench/cluster-report.json").toFile(), report);
        String md = "# Several nodes: benchmark report\n\nRun " + report.get("date") + " on " + report.get("machine")
                + ". Command: `bench/run cluster`. The machine's 1-minute load average (other work sharing the two cores) "
                + "was " + report.get("loadAverageBefore") + " before the run and " + report.get("loadAverageAfter")
                + " after it.\n" + ClusterBench.markdown(json.valueToTree(report).get("cluster"));
        Files.writeString(Path.of("bench/CLUSTER.md"), md);
        System.out.println(md);
    }
}
