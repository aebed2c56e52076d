package kr.donggu.chatbot.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import kr.donggu.chatbot.curated.CuratedAnswers;
import kr.donggu.chatbot.curated.Rejected;
import kr.donggu.chatbot.knowledge.Texts;
import kr.donggu.chatbot.store.StoredAnswer;

/**
 * {@code /admin/api/answers}: staff's curated answers, listed with their flags, created, replaced and deleted; each
 * change goes to the audit list with the question it answers.
 */
final class AnswersController {

    private static final int DETAIL_CHARS = 60;

    private final CuratedAnswers answers;
    private final AdminAudit audit;

    AnswersController(CuratedAnswers answers, AdminAudit audit) {
        this.answers = answers;
        this.audit = audit;
    }

    void list(Context ctx) {
        ctx.json(answers.list().stream().map(this::view).toList());
    }

    void create(Context ctx) {
        CuratedAnswers.Saved saved = checked(() -> answers.create(AnswerBody.read(ctx), actor(ctx)));
        record(ctx, "answer_created", saved.answer());
        ctx.status(201).json(Map.of("id", saved.answer().id(), "covered", saved.covered()));
    }

    void update(Context ctx) {
        CuratedAnswers.Saved saved = checked(() -> answers.update(ctx.pathParam("id"), AnswerBody.read(ctx),
                actor(ctx)));
        record(ctx, "answer_updated", saved.answer());
        ctx.json(Map.of("id", saved.answer().id(), "covered", saved.covered()));
    }

    void delete(Context ctx) {
        record(ctx, "answer_deleted", checked(() -> answers.delete(ctx.pathParam("id"))));
        ctx.status(204);
    }

    private Map<String, Object> view(StoredAnswer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("question", a.question());
        m.put("variants", a.variants());
        m.put("answer", a.answer());
        m.put("sources", a.sources());
        m.put("validUntil", a.validUntil());
        m.put("createdAt", a.createdAt());
        m.put("updatedAt", a.updatedAt());
        m.put("updatedBy", a.updatedBy());
        m.put("flags", answers.flags(a));
        return m;
    }

    private void record(Context ctx, String action, StoredAnswer a) {
        audit.record(ctx, action, a.id(), Texts.shortenAtWord(a.question(), DETAIL_CHARS));
    }

    private static String actor(Context ctx) {
        String actor = ctx.attribute(AdminAudit.ACTOR);
        return actor == null ? AdminAudit.DEFAULT_ACTOR : actor;
    }

    private static <T> T checked(Supplier<T> work) {
        try {
            return work.get();
        } catch (Rejected e) {
            throw new ApiException(e.status(), e.code(), e.getMessage());
        }
    }
}
