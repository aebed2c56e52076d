package kr.donggu.chatbot.web;

import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.store.RateBuckets;

/**
 * Token buckets (Bucket4j) per session and per client address; over either, the request gets 429. The buckets live
 * in the store, so with PostgreSQL a limit holds across every node.
 */
public final class RateLimits {

    private final Config.RateLimit limits;
    private final RateBuckets buckets;

    public RateLimits(Config.RateLimit limits, RateBuckets buckets) {
        this.limits = limits;
        this.buckets = buckets;
    }

    public void check(String address, String sessionId) {
        boolean ok = take("ip:" + address, limits.perAddressPerMinute())
                && (sessionId == null || take("s:" + sessionId, limits.perSessionPerMinute()));
        if (!ok) {
            throw new ApiException(429, "rate_limited", "요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.");
        }
    }

    private boolean take(String key, int perMinute) {
        return buckets.tryConsume(key, perMinute);
    }
}
