package kr.donggu.chatbot.web;

import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import kr.donggu.chatbot.search.ProgramIndex;

/**
 * {@code GET /health}, {@code GET /metrics} and {@code GET /openapi.json}. Health is 503 "degraded" while any check
 * reports a problem (store unreachable, turn writer stopped, disk full, …), so a load balancer takes the node out.
 */
final class ServiceController {

    /** The build's version, from {@code build.properties} (filled in by Maven). */
    static final String VERSION = buildVersion();

    private final ProgramIndex index;
    private final PrometheusMeterRegistry registry;
    private final String mode;
    private final List<Supplier<Optional<String>>> checks;
    private final String openApi = Pages.read("/openapi.json");

    ServiceController(ProgramIndex index, PrometheusMeterRegistry registry, String mode,
                      List<Supplier<Optional<String>>> checks) {
        this.index = index;
        this.registry = registry;
        this.mode = mode;
        this.checks = List.copyOf(checks);
    }

    void health(Context ctx) {
        List<String> problems = problems();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", problems.isEmpty() ? "ok" : "degraded");
        if (!problems.isEmpty()) {
            body.put("problems", problems);
        }
        body.put("documents", index.knowledge().documents().size());
        body.put("chunks", index.chunkCount());
        body.put("mode", mode);
        body.put("version", VERSION);
        body.put("knowledgeProblems", index.knowledge().report().problems().size());
        ctx.status(problems.isEmpty() ? 200 : 503).json(body);
    }

    void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }

    void openApi(Context ctx) {
        ctx.contentType("application/json; charset=utf-8").result(openApi);
    }

    private List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (Supplier<Optional<String>> check : checks) {
            try {
                check.get().ifPresent(problems::add);
            } catch (RuntimeException e) {
                problems.add("a health check failed (" + e.getClass().getSimpleName() + ")");
            }
        }
        return problems;
    }

    private static String buildVersion() {
        try (InputStream in = ServiceController.class.getResourceAsStream("/build.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
