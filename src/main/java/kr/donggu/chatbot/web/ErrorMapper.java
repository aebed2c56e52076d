package kr.donggu.chatbot.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import kr.donggu.chatbot.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes every error the contract's JSON: our {@link ApiException}s, Javalin's own 404/405/413, and anything
 * unexpected (logged once with the request id; the client sees no stack trace, class name or path).
 */
final class ErrorMapper {

    private static final Logger log = LoggerFactory.getLogger(ErrorMapper.class);

    private ErrorMapper() {
    }

    static void register(JavalinConfig cfg) {
        cfg.routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.code(), e.getMessage()));
        cfg.routes.exception(StoreUnavailableException.class, ErrorMapper::unavailable);
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> framework(ctx, e.getStatus()));
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            log.error("Unhandled error on {} {} (request {})", ctx.method(), ctx.path(), AccessLog.requestId(ctx), e);
            write(ctx, 500, "internal_error", "일시적인 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.");
        });
        cfg.routes.error(404, ctx -> {
            if (!ctx.res().isCommitted() && !isErrorBody(ctx)) {
                write(ctx, 404, "not_found", "요청하신 주소를 찾을 수 없습니다.");
            }
        });
        cfg.routes.error(405, ctx -> write(ctx, 405, "method_not_allowed", "허용되지 않는 요청 방식입니다."));
    }

    /** The store is away (restarting, disk full, writer down): nothing was stored; the client may retry shortly. */
    private static void unavailable(StoreUnavailableException e, Context ctx) {
        log.warn("Store unavailable on {} {} (request {}): {}", ctx.method(), ctx.path(), AccessLog.requestId(ctx),
                e.getMessage());
        ctx.header("Retry-After", "5");
        write(ctx, 503, "unavailable", "일시적으로 답변을 저장할 수 없어 처리하지 못했습니다. 잠시 후 다시 시도해 주세요.");
    }

    private static void framework(Context ctx, int status) {
        switch (status) {
            case 413 -> write(ctx, 413, ctx.path().startsWith("/api/chat") ? "message_too_long" : "payload_too_large",
                    "요청 본문이 너무 큽니다. 메시지는 2,000자 이내로 입력해 주세요.");
            case 404 -> write(ctx, 404, "not_found", "요청하신 주소를 찾을 수 없습니다.");
            case 405 -> write(ctx, 405, "method_not_allowed", "허용되지 않는 요청 방식입니다.");
            case 401 -> write(ctx, 401, "unauthorized", "인증에 실패했습니다.");
            default -> write(ctx, status >= 500 ? status : 400, status >= 500 ? "internal_error" : "invalid_request",
                    status >= 500 ? "일시적인 오류가 발생했습니다." : "요청 형식이 올바르지 않습니다.");
        }
    }

    private static boolean isErrorBody(Context ctx) {
        String body = ctx.result();
        return body != null && body.startsWith("{\"error\"");
    }

    static void write(Context ctx, int status, String code, String message) {
        ctx.status(status).json(ErrorBody.of(code, message));
    }
}
