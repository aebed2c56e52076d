package kr.donggu.chatbot.store;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Buckets in this node's memory, the least recently used forgotten past {@value #TRACKED_KEYS} keys. */
final class LocalRateBuckets implements RateBuckets {

    private static final int TRACKED_KEYS = 100_000;

    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > TRACKED_KEYS;
        }
    });

    @Override
    public boolean tryConsume(String key, int perMinute) {
        Bucket bucket = buckets.computeIfAbsent(key + "/" + perMinute, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        return bucket.tryConsume(1);
    }
}
