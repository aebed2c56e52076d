package kr.donggu.chatbot.channels;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-user token buckets (Bucket4j) for the messenger channels, keyed by platform and the platform's own user id.
 * Over the limit a user is told once a minute, politely; the platform is still acknowledged so it does not retry.
 */
final class UserLimits {

    enum Decision { ALLOWED, TELL, SILENT }

    private static final int TRACKED_USERS = 100_000;

    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > TRACKED_USERS;
        }
    });
    private final int perMinute;

    UserLimits(int perMinute) {
        this.perMinute = perMinute;
    }

    Decision check(String platform, String userId) {
        if (bucket("m:" + platform + ":" + userId, perMinute).tryConsume(1)) {
            return Decision.ALLOWED;
        }
        return bucket("n:" + platform + ":" + userId, 1).tryConsume(1) ? Decision.TELL : Decision.SILENT;
    }

    private Bucket bucket(String key, int capacity) {
        return buckets.computeIfAbsent(key, k -> Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity)
                .refillGreedy(capacity, Duration.ofMinutes(1)).build()).build());
    }
}
