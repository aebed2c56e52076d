package kr.donggu.chatbot.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.search.ProgramIndex;

/** {@code GET /api/programs} and {@code GET /api/programs/{id}}: what exists, from the current knowledge. */
final class ProgramsController {

    private final ProgramIndex index;

    ProgramsController(ProgramIndex index) {
        this.index = index;
    }

    void list(Context ctx) {
        ctx.json(index.knowledge().documents().stream().map(ProgramsController::summary).toList());
    }

    void get(Context ctx) {
        String id = ctx.pathParam("id");
        ProgramDocument doc = index.knowledge().find(id.matches("[a-z0-9-]{1,64}") ? id : null)
                .orElseThrow(ApiException::notFound);
        Map<String, Object> out = summary(doc);
        out.put("parent", doc.parent());
        out.put("keywords", doc.keywords());
        out.put("year", doc.year());
        out.put("period", doc.coveredPeriod().orElse(null));
        out.put("url", doc.url());
        out.put("reviewed", doc.reviewed());
        out.put("sources", doc.sources());
        out.put("sections", doc.sections());
        out.put("eligibility", doc.eligibility().stream().map(ProgramsController::criterion).toList());
        ctx.json(out);
    }

    private static Map<String, Object> summary(ProgramDocument doc) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", doc.id());
        m.put("title", doc.title());
        m.put("category", doc.category());
        m.put("audience", doc.audience());
        m.put("summary", doc.summary());
        return m;
    }

    private static Map<String, Object> criterion(kr.donggu.chatbot.knowledge.Criterion c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("criterion", c.key());
        m.put("label", c.label());
        m.put("allowed", c.allowed().isEmpty() ? null : c.allowed());
        m.put("question", c.question());
        m.put("expected", c.expected());
        m.put("status", c.status() == kr.donggu.chatbot.knowledge.Criterion.Status.STATED ? "stated" : "to_confirm");
        m.put("section", c.section());
        m.put("note", c.note());
        m.put("quote", c.quote());
        return m;
    }
}
