package kr.donggu.chatbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** The Markdown report the README summarises. */
final class ReportWriter {

    private ReportWriter() {
    }

    static String markdown(Map<String, Object> report) {
        JsonNode r = new ObjectMapper().findAndRegisterModules().valueToTree(report);
        StringBuilder md = new StringBuilder("# Benchmark report\n\n");
        md.append("Run ").append(r.get("date").asText()).append(" on ").append(r.get("machine").asText())
                .append(". Command: `bench/run`. Medians over ").append(StartupAndLoad.REPEATS)
                .append(" runs of ").append(StartupAndLoad.LEVEL.toSeconds()).append(" s per level.\n\n");
        md.append("## Start-up to healthy\n\n| | ms |\n|---|---|\n");
        md.append(row("first start (builds the index, creates the database)", r.at("/startupMillis/firstStartMedian")));
        md.append(row("restart (index and database reused)", r.at("/startupMillis/restartMedian")));
        md.append("\n## Chat over HTTP, embedded mode, persistence on (`-Xmx256m`)\n\nLoad generator: ")
                .append(r.path("loadGenerator").asText("JDK HttpClient")).append(". Server p50 is the answer time the ")
                .append("server recorded per message (retrieval, answer, guard; the SQLite commit excluded).\n\n");
        md.append("| clients | chats/s | p50 ms | p99 ms | errors | server p50 ms |\n|---|---|---|---|---|---|\n");
        for (JsonNode l : r.get("load")) {
            md.append(String.format("| %d | %.0f | %.2f | %.2f | %d | %.3f |%n", l.get("clients").asInt(),
                    l.get("requestsPerSecond").asDouble(), l.get("p50Millis").asDouble(), l.get("p99Millis").asDouble(),
                    l.get("errors").asInt(), l.get("serverP50Millis").asDouble()));
        }
        md.append(String.format("%nPeak RSS of the server process during the load: %.0f MiB.%n",
                r.get("peakRssMib").asDouble()));
        JsonNode h = r.get("hold");
        md.append(String.format("%n## Held load%n%n%d clients for %.0f s: %d chats acknowledged (%.0f/s), %d non-2xx, "
                        + "p99 %.2f ms; afterwards in SQLite: %d missing, %d stored more than once.%n",
                h.get("clients").asInt(), h.get("seconds").asDouble(), h.get("acknowledged").asInt(),
                h.get("requestsPerSecond").asDouble(), h.get("non2xx").asInt(), h.get("p99Millis").asDouble(),
                h.get("missingInSqlite").asLong(), h.get("storedMoreThanOnce").asLong()));
        md.append("\n## Faults\n\n```json\n").append(r.get("reliability").toPrettyString()).append("\n```\n");
        if (r.has("cluster")) {
            md.append(ClusterBench.markdown(r.get("cluster")));
        }
        md.append("\n## Index scale (synthetic program documents, 5 sections each)\n\n");
        md.append("| documents | chunks | build ms | query p50 ms | query p99 ms |\n|---|---|---|---|---|\n");
        for (JsonNode s : r.get("scale")) {
            md.append(String.format("| %d | %d | %.0f | %.3f | %.3f |%n", s.get("documents").asInt(),
                    s.get("chunks").asInt(), s.get("buildMillis").asDouble(), s.get("queryP50Millis").asDouble(),
                    s.get("queryP99Millis").asDouble()));
        }
        md.append("\n## Retrieval side by side (same chunks, same run)\n\n");
        md.append("| corpus | system | questions | Recall@1 | Recall@3 | MRR | p50 ms | p99 ms |\n|---|---|---|---|---|---|---|---|\n");
        for (JsonNode x : r.get("retrieval")) {
            md.append(String.format("| %s | %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f |%n", x.get("corpus").asText(),
                    x.get("system").asText(), x.get("questions").asInt(), x.get("recallAt1").asDouble(),
                    x.get("recallAt3").asDouble(), x.get("mrr").asDouble(), x.get("p50Millis").asDouble(),
                    x.get("p99Millis").asDouble()));
        }
        return md.toString();
    }

    private static String row(String label, JsonNode value) {
        return String.format("| %s | %.0f |%n", label, value.asDouble());
    }
}
