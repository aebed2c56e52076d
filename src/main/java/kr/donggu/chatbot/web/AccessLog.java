package kr.donggu.chatbot.web;

import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request (method, route template, status, milliseconds; never bodies, which may hold personal
 * data) and the {@code http_server_requests} timer.
 */
final class AccessLog {

    private static final Logger log = LoggerFactory.getLogger("access");
    private static final String STARTED = "started-nanos";
    private static final String REQUEST_ID = "request-id";

    private final MeterRegistry registry;

    AccessLog(MeterRegistry registry) {
        this.registry = registry;
    }

    void before(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
        String id = UUID.randomUUID().toString().substring(0, 8);
        ctx.attribute(REQUEST_ID, id);
        ctx.header("X-Request-Id", id);
    }

    void after(Context ctx) {
        Long started = ctx.attribute(STARTED);
        long nanos = started == null ? 0 : System.nanoTime() - started;
        String route = route(ctx);
        int status = ctx.statusCode();
        Timer.builder("http_server_requests").tag("method", ctx.method().name()).tag("route", route)
                .tag("status", String.valueOf(status)).register(registry).record(nanos, TimeUnit.NANOSECONDS);
        log.info("{} {} {} {}ms id={}", ctx.method(), route, status, String.format("%.1f", nanos / 1e6), requestId(ctx));
    }

    static String route(Context ctx) {
        try {
            var endpoint = ctx.endpoints().matchedHttpEndpoint();
            return endpoint == null ? "unmatched" : endpoint.path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }

    static String requestId(Context ctx) {
        Object id = ctx.attribute(REQUEST_ID);
        return id == null ? "-" : id.toString();
    }
}
