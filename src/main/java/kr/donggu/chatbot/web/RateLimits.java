package kr.donggu.chatbot.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.config.TrustedProxies;

/**
 * Token buckets (Bucket4j) per client address on every write endpoint, and per session on chat; over any, the
 * request gets 429. A chat whose session this server has not seen (omitted, or a fresh id each time) also takes from
 * its address's new-session bucket, which is as small as a session's, so rotating or omitting {@code sessionId}
 * buys nothing. The address is the socket's, or behind a trusted proxy the forwarded one ({@link TrustedProxies}).
 */
public final class RateLimits {

    /** Write endpoints other than chat, each with its own per-address bucket. */
    enum Write { FEEDBACK, HANDOFF, ELIGIBILITY }

    private static final int TRACKED_KEYS = 100_000;

    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > TRACKED_KEYS;
        }
    });
    private final Config.RateLimit limits;
    private final TrustedProxies proxies;

    public RateLimits(Config.RateLimit limits, TrustedProxies proxies) {
        this.limits = limits;
        this.proxies = proxies;
    }

    void chat(Context ctx, String sessionId) {
        String address = address(ctx);
        int perSession = limits.perSessionPerMinute();
        boolean known = sessionId != null && buckets.containsKey("s:" + sessionId);
        boolean ok = take("ip:" + address, limits.perAddressPerMinute(), Duration.ofMinutes(1))
                && (known || take("new:" + address, perSession, Duration.ofMinutes(1)))
                && (sessionId == null || take("s:" + sessionId, perSession, Duration.ofMinutes(1)));
        if (!ok) {
            throw limited();
        }
    }

    /** Feedback and eligibility: a session's chat rate; hand-off: a sixth of it per minute and a session's per hour. */
    void write(Context ctx, Write endpoint) {
        String key = endpoint.name() + ":" + address(ctx);
        int perSession = limits.perSessionPerMinute();
        boolean ok = endpoint == Write.HANDOFF
                ? take(key + ":m", Math.max(1, perSession / 6), Duration.ofMinutes(1))
                        && take(key + ":h", perSession, Duration.ofHours(1))
                : take(key, perSession, Duration.ofMinutes(1));
        if (!ok) {
            throw limited();
        }
    }

    String address(Context ctx) {
        return proxies.client(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
    }

    private boolean take(String key, int capacity, Duration period) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build()).build());
        return bucket.tryConsume(1);
    }

    private static ApiException limited() {
        return new ApiException(429, "rate_limited", "요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.");
    }
}
