package kr.donggu.chatbot.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.donggu.chatbot.channels.Signatures;
import kr.donggu.chatbot.knowledge.ValidationReport;
import kr.donggu.chatbot.search.ProgramIndex;
import kr.donggu.chatbot.store.ClusterEvents;
import kr.donggu.chatbot.store.Database;
import kr.donggu.chatbot.store.HandoffRepository;
import kr.donggu.chatbot.store.Records;

/**
 * The operators' API behind {@code ADMIN_TOKEN} (and the labelled {@code ADMIN_TOKENS}): unanswered questions grouped by similarity, feedback, hand-off
 * tickets, the knowledge report, re-indexing and CSV exports; changes are recorded in the audit list. Off (404) while no token is configured.
 */
final class AdminController {

    private static final int LIMIT = 500;

    /** Admin tokens by label; the label of the one a request carries is its actor in the audit list. */
    private final Map<String, String> tokens;
    private final Database db;
    private final ProgramIndex index;
    private final KnowledgeReport report;
    private final AdminAudit audit;
    private final Clock clock;

    AdminController(Map<String, String> tokens, Database db, ProgramIndex index, KnowledgeReport report,
                    AdminAudit audit, Clock clock) {
        this.tokens = Map.copyOf(tokens);
        this.db = db;
        this.index = index;
        this.report = report;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Before every admin path: 404 while the console is off, 401 without a right bearer token. Every token is
     * compared (in constant time), so the time taken does not tell which label, if any, came close.
     */
    void guard(Context ctx) {
        if (tokens.isEmpty()) {
            throw new NotFoundResponse();
        }
        if (ctx.path().startsWith("/admin/api/")) {
            String header = ctx.header("Authorization");
            String actor = null;
            for (Map.Entry<String, String> t : tokens.entrySet()) {
                if (Signatures.equal("Bearer " + t.getValue(), header)) {
                    actor = t.getKey();
                }
            }
            if (actor == null) {
                throw ApiException.unauthorized();
            }
            ctx.attribute(AdminAudit.ACTOR, actor);
        }
    }

    void unanswered(Context ctx) {
        List<Records.UnansweredQuestion> rows = db.stats().unanswered(LIMIT);
        ctx.json(Map.of("total", rows.size(), "groups", UnansweredGroups.of(rows)));
    }

    void unansweredCsv(Context ctx) {
        csv(ctx, "unanswered.csv", List.of("시각", "세션", "질문", "사유"), db.stats().unanswered(LIMIT).stream()
                .map(u -> List.of(u.at().toString(), u.sessionId(), u.question(), String.valueOf(u.reason()))).toList());
    }

    void feedback(Context ctx) {
        ctx.json(db.feedback().recent(LIMIT));
    }

    void tickets(Context ctx) {
        ctx.json(db.handoffs().list(LIMIT));
    }

    void ticketsCsv(Context ctx) {
        csv(ctx, "tickets.csv", List.of("접수 번호", "시각", "이름", "연락처", "문의", "상태"), db.handoffs().list(LIMIT).stream()
                .map(t -> List.of(t.ticketId(), t.createdAt().toString(), t.name(), t.contact(), t.question(), t.status()))
                .toList());
    }

    void ticketStatus(Context ctx) {
        String status = JsonBody.read(ctx).requiredText("status");
        if (!HandoffRepository.STATUSES.contains(status)) {
            throw ApiException.invalid("status는 open, in_progress, closed 중 하나여야 합니다.");
        }
        String ticketId = ctx.pathParam("id");
        if (!db.handoffs().updateStatus(ticketId, status)) {
            throw ApiException.notFound();
        }
        audit.record(ctx, "ticket_status", ticketId, status);
        ctx.status(204);
    }

    void knowledge(Context ctx) {
        ctx.json(report.of(index, clock));
    }

    void guardEvents(Context ctx) {
        ctx.json(db.conversations().guardEvents(LIMIT));
    }

    void reindex(Context ctx) {
        boolean changed = index.reload();
        db.events().publish(ClusterEvents.REINDEX, "admin");   // the other nodes reload theirs
        ValidationReport r = index.knowledge().report();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reloaded", changed);
        body.put("documents", r.documentsLoaded());
        body.put("problems", r.problems().size());
        audit.record(ctx, "reindex", null,
                (changed ? "다시 색인함" : "바뀐 문서 없음") + ", 문서 " + r.documentsLoaded() + "개");
        ctx.json(body);
    }

    private static void csv(Context ctx, String file, List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");   // BOM: Excel on Korean Windows reads UTF-8 correctly
        out.append(Csv.line(header));
        rows.forEach(r -> out.append(Csv.line(r)));
        ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=" + file)
                .result(out.toString());
    }
}
