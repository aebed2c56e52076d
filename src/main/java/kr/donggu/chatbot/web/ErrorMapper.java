package kr.donggu.chatbot.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import kr.donggu.chatbot.privacy.RedactedError;
import kr.donggu.chatbot.store.StoreUnavailableException;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes every error the contract's JSON: our {@link ApiException}s, Javalin's own 404/405/413, a body Jetty could not
 * read (malformed chunks, too slow, cut off), and anything unexpected, which is logged once with the request id and
 * without any message text (see {@link RedactedError}); the client sees no stack trace, class name or path.
 * Jetty's errors outside the router are {@link JettyErrors}'.
 */
final class ErrorMapper {

    private static final Logger log = LoggerFactory.getLogger(ErrorMapper.class);

    private ErrorMapper() {
    }

    static void register(JavalinConfig cfg) {
        cfg.routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.code(), e.getMessage()));
        cfg.routes.exception(StoreUnavailableException.class, ErrorMapper::unavailable);
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> framework(ctx, e.getStatus()));
        cfg.routes.exception(Exception.class, ErrorMapper::unexpected);
        cfg.routes.error(404, ctx -> {
            if (!ctx.res().isCommitted() && !isErrorBody(ctx)) {
                framework(ctx, 404);
            }
        });
        cfg.routes.error(405, ctx -> framework(ctx, 405));
        // Javalin answers a body read that timed out (Jetty's idle timeout) with its own empty 408
        cfg.routes.error(408, ctx -> framework(ctx, 408));
    }

    private static void unexpected(Exception e, Context ctx) {
        Failure f = describe(e, ctx);
        write(ctx, f.status(), f.body().error().code(), f.body().error().message());
    }

    /** A status and body in the contract's shape. */
    record Failure(int status, ErrorBody body) {
    }

    /**
     * What to tell the client about {@code e}; for the stream, whose status has already gone out, the body becomes an
     * {@code error} event. An unexpected failure is logged here, once, without its messages.
     */
    static Failure describe(Exception e, Context ctx) {
        if (e instanceof ApiException api) {
            return new Failure(api.status(), ErrorBody.of(api.code(), api.getMessage()));
        }
        if (e instanceof HttpResponseException http) {
            return new Failure(http.getStatus(), ErrorBody.forStatus(http.getStatus()));
        }
        if (e instanceof StoreUnavailableException) {
            logUnavailable(e, ctx);
            return new Failure(503, UNAVAILABLE);
        }
        int status = readFailure(e);
        if (status == 0) {   // a broken, too slow or cut-off body is the client's doing: answered, not logged
            status = 500;
            log.error("Unhandled error on {} {} (request {})", ctx.method(), AccessLog.route(ctx),
                    AccessLog.requestId(ctx), RedactedError.of(e));
        }
        return new Failure(status, ErrorBody.forStatus(status));
    }

    /** The status for a failure to read the request (Jetty's code, or 400), or 0 when it is something else. */
    private static int readFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return http.getCode();
            }
            if (t instanceof TimeoutException) {
                return 408;
            }
            if (t instanceof IOException) {
                return 400;
            }
        }
        return 0;
    }

    /** The store is away (restarting, disk full, writer down): nothing was stored; the client may retry shortly. */
    private static void unavailable(StoreUnavailableException e, Context ctx) {
        logUnavailable(e, ctx);
        ctx.header("Retry-After", "5");
        write(ctx, 503, UNAVAILABLE.error().code(), UNAVAILABLE.error().message());
    }

    private static final ErrorBody UNAVAILABLE = ErrorBody.of("unavailable",
            "일시적으로 답변을 저장할 수 없어 처리하지 못했습니다. 잠시 후 다시 시도해 주세요.");

    /** The route template, not the path, which may hold what a client typed. */
    private static void logUnavailable(Exception e, Context ctx) {
        log.warn("Store unavailable on {} {} (request {}): {}", ctx.method(), AccessLog.route(ctx),
                AccessLog.requestId(ctx), e.getMessage());
    }

    private static void framework(Context ctx, int status) {
        if (status == 413 && ctx.path().startsWith("/api/chat")) {
            write(ctx, 413, "message_too_long", "요청 본문이 너무 큽니다. 메시지는 2,000자 이내로 입력해 주세요.");
            return;
        }
        ErrorBody body = ErrorBody.forStatus(status);
        write(ctx, status >= 400 ? status : 500, body.error().code(), body.error().message());
    }

    private static boolean isErrorBody(Context ctx) {
        String body = ctx.result();
        return body != null && body.startsWith("{\"error\"");
    }

    static void write(Context ctx, int status, String code, String message) {
        SecurityHeaders.apply(ctx);
        ctx.status(status).json(ErrorBody.of(code, message));
    }
}
