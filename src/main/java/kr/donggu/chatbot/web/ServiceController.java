package kr.donggu.chatbot.web;

import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.donggu.chatbot.search.ProgramIndex;

/** {@code GET /health} and {@code GET /metrics}. */
final class ServiceController {

    private final ProgramIndex index;
    private final PrometheusMeterRegistry registry;
    private final String mode;

    ServiceController(ProgramIndex index, PrometheusMeterRegistry registry, String mode) {
        this.index = index;
        this.registry = registry;
        this.mode = mode;
    }

    void health(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("documents", index.knowledge().documents().size());
        body.put("chunks", index.chunkCount());
        body.put("mode", mode);
        body.put("knowledgeProblems", index.knowledge().report().problems().size());
        ctx.json(body);
    }

    void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }
}
