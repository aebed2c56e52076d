package kr.donggu.chatbot.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import kr.donggu.chatbot.eligibility.EligibilityService;

/** {@code POST /api/eligibility}. */
final class EligibilityController {

    private final EligibilityService service;
    private final RateLimits limits;

    EligibilityController(EligibilityService service, RateLimits limits) {
        this.service = service;
        this.limits = limits;
    }

    void check(Context ctx) {
        limits.write(ctx, RateLimits.Write.ELIGIBILITY);
        JsonBody body = JsonBody.read(ctx);
        String programId = body.optionalText("programId").orElse(null);
        var request = new EligibilityService.Request(body.requiredText("enterpriseType"),
                body.optionalText("location").orElse(null), programId, facts(body));
        try {
            ctx.json(service.check(request));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(e.getMessage());
        } catch (NoSuchElementException e) {
            throw new ApiException(404, "not_found", "해당 사업을 찾을 수 없습니다.");
        }
    }

    /** Answers to yes/no criteria: true/false, or "예"/"아니요"; anything else is an error, not a guess. */
    private static Map<String, Boolean> facts(JsonBody body) {
        Map<String, Boolean> facts = new HashMap<>();
        body.optionalObject("facts").ifPresent(node -> node.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (v.isBoolean()) {
                facts.put(e.getKey(), v.booleanValue());
            } else if (v.isTextual() && (v.textValue().equals("예") || v.textValue().equals("아니요"))) {
                facts.put(e.getKey(), v.textValue().equals("예"));
            } else if (!v.isNull()) {
                throw ApiException.invalid("facts의 값은 true, false, \"예\", \"아니요\" 중 하나여야 합니다.");
            }
        }));
        return facts;
    }
}
