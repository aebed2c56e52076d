package kr.donggu.chatbot.store;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import javax.sql.DataSource;

/**
 * Bucket4j's PostgreSQL back end ({@code SELECT … FOR UPDATE} on {@code rate_buckets}, an UNLOGGED table): every
 * node takes from the same bucket. Rows expire once their bucket would be full again; the retention job deletes them.
 */
final class PostgresRateBuckets implements RateBuckets {

    private static final int REMOVE_BATCH = 1000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> proxies;

    PostgresRateBuckets(DataSource pool) {
        this.proxies = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(pool)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_buckets").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    @Override
    public boolean tryConsume(String key, int perMinute) {
        try {
            return proxies.builder().build(hashed(key + "/" + perMinute), () -> BucketConfiguration.builder()
                    .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                    .build()).tryConsume(1);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("rate limit bucket", e);
        }
    }

    /** @return rows deleted: buckets nobody has used since they refilled */
    int removeExpired() {
        int total = 0;
        int removed;
        do {
            removed = proxies.removeExpired(REMOVE_BATCH);
            total += removed;
        } while (removed == REMOVE_BATCH);
        return total;
    }

    private static String hashed(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
