package kr.donggu.chatbot.web;

import io.javalin.http.Context;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.config.TrustedProxies;
import kr.donggu.chatbot.store.RateBuckets;

/**
 * Token buckets per client address on every write endpoint, and per session on chat; over any, the request gets
 * 429. The buckets live in the store, so with PostgreSQL a limit holds across every node. A chat whose session this
 * node has not seen (omitted, or a fresh id each time) also takes from its address's new-session bucket, which is as
 * small as a session's, so rotating or omitting {@code sessionId} buys nothing. The address is the socket's, or
 * behind a trusted proxy the forwarded one ({@link TrustedProxies}).
 */
public final class RateLimits {

    /** Write endpoints other than chat, each with its own per-address bucket. */
    enum Write { FEEDBACK, HANDOFF, ELIGIBILITY }

    private static final int TRACKED_SESSIONS = 100_000;

    private final Config.RateLimit limits;
    private final RateBuckets buckets;
    private final TrustedProxies proxies;
    private final Set<String> seenSessions = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > TRACKED_SESSIONS;
                }
            }));

    public RateLimits(Config.RateLimit limits, RateBuckets buckets, TrustedProxies proxies) {
        this.limits = limits;
        this.buckets = buckets;
        this.proxies = proxies;
    }

    void chat(Context ctx, String sessionId) {
        String address = address(ctx);
        int perSession = limits.perSessionPerMinute();
        boolean known = sessionId != null && seenSessions.contains(sessionId);
        boolean ok = buckets.tryConsume("ip:" + address, limits.perAddressPerMinute())
                && (known || buckets.tryConsume("new:" + address, perSession))
                && (sessionId == null || buckets.tryConsume("s:" + sessionId, perSession));
        if (!ok) {
            throw limited();
        }
        if (sessionId != null) {
            seenSessions.add(sessionId);
        }
    }

    /** Feedback and eligibility: a session's chat rate per minute; hand-off: a sixth of it. */
    void write(Context ctx, Write endpoint) {
        int perSession = limits.perSessionPerMinute();
        int perMinute = endpoint == Write.HANDOFF ? Math.max(1, perSession / 6) : perSession;
        if (!buckets.tryConsume(endpoint.name() + ":" + address(ctx), perMinute)) {
            throw limited();
        }
    }

    String address(Context ctx) {
        return proxies.client(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
    }

    private static ApiException limited() {
        return new ApiException(429, "rate_limited", "요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.");
    }
}
