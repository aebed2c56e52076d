package kr.donggu.chatbot.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.donggu.chatbot.config.Config;

/** Token buckets (Bucket4j) per session and per client address; over either, the request gets 429. */
public final class RateLimits {

    private static final int TRACKED_KEYS = 100_000;

    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > TRACKED_KEYS;
        }
    });
    private final Config.RateLimit limits;

    public RateLimits(Config.RateLimit limits) {
        this.limits = limits;
    }

    public void check(String address, String sessionId) {
        boolean ok = take("ip:" + address, limits.perAddressPerMinute())
                && (sessionId == null || take("s:" + sessionId, limits.perSessionPerMinute()));
        if (!ok) {
            throw new ApiException(429, "rate_limited", "요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.");
        }
    }

    private boolean take(String key, int perMinute) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        return bucket.tryConsume(1);
    }
}
