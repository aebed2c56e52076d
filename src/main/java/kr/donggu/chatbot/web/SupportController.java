package kr.donggu.chatbot.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.Map;
import kr.donggu.chatbot.privacy.PiiMasker;
import kr.donggu.chatbot.store.FeedbackRepository;
import kr.donggu.chatbot.store.HandoffRepository;

/** {@code POST /api/feedback} and {@code POST /api/handoff}: a resident's rating, and a request for a person. */
final class SupportController {

    private final FeedbackRepository feedback;
    private final HandoffRepository handoffs;
    private final Clock clock;
    private final PiiMasker masker = new PiiMasker();

    SupportController(FeedbackRepository feedback, HandoffRepository handoffs, Clock clock) {
        this.feedback = feedback;
        this.handoffs = handoffs;
        this.clock = clock;
    }

    void feedback(Context ctx) {
        JsonBody body = JsonBody.read(ctx);
        String sessionId = Inputs.sessionId(body.requiredText("sessionId"));
        String messageId = Inputs.sessionId(body.requiredText("messageId"));
        String rating = body.requiredText("rating");
        if (!rating.equals("up") && !rating.equals("down")) {
            throw ApiException.invalid("rating은 \"up\" 또는 \"down\"이어야 합니다.");
        }
        String comment = body.optionalText("comment").map(c -> masker.mask(limited(c, 1000, "comment")).text()).orElse(null);
        if (!feedback.save(sessionId, messageId, rating, comment, clock.instant())) {
            throw new ApiException(404, "not_found", "해당 답변을 찾을 수 없습니다.");
        }
        ctx.status(204);
    }

    void handoff(Context ctx) {
        JsonBody body = JsonBody.read(ctx);
        String sessionId = Inputs.sessionId(body.optionalText("sessionId").orElse(null));
        if (!body.optionalBoolean("consent").orElse(false)) {
            throw new ApiException(400, "consent_required", "개인정보 수집·이용에 동의해 주셔야 문의를 접수할 수 있습니다.");
        }
        String name = limited(body.requiredText("name"), 50, "name");
        String contact = limited(body.requiredText("contact"), 100, "contact");
        String question = masker.mask(Inputs.message(body.requiredText("question"))).text();
        String ticketId = handoffs.create(sessionId, name, contact, question, clock.instant());
        ctx.status(201).json(Map.of("ticketId", ticketId,
                "message", "문의가 접수되었습니다. 동구청 담당자가 확인 후 연락드리겠습니다."));
    }

    private static String limited(String value, int max, String field) {
        String v = value.strip();
        if (v.isEmpty() || v.length() > max) {
            throw ApiException.invalid("'" + field + "' 항목은 1~" + max + "자로 입력해 주세요.");
        }
        return v;
    }
}
