package kr.donggu.chatbot.web;

import io.javalin.http.Context;
import java.time.Clock;
import kr.donggu.chatbot.store.AuditRepository;
import kr.donggu.chatbot.store.Records;

/**
 * The audit list: every admin action that changes something is recorded with its time, the label of the admin
 * token used, the action and its target; {@code GET /admin/api/audit} lists them newest first.
 */
final class AdminAudit {

    /** Set by the admin guard: the label of the token that passed it. */
    static final String ACTOR = "admin.actor";
    /** The label of the single {@code ADMIN_TOKEN}. */
    static final String DEFAULT_ACTOR = "admin";
    private static final int LIMIT = 200;

    private final AuditRepository audit;
    private final Clock clock;

    AdminAudit(AuditRepository audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    void record(Context ctx, String action, String target, String detail) {
        String actor = ctx.attribute(ACTOR);
        audit.record(new Records.AuditEntry(clock.instant(), actor == null ? DEFAULT_ACTOR : actor, action, target,
                detail));
    }

    void list(Context ctx) {
        ctx.json(audit.recent(LIMIT));
    }
}
