package kr.donggu.chatbot.store;

/**
 * Token buckets for rate limits, kept where every node sees them: in memory with SQLite (one node), in PostgreSQL
 * (Bucket4j's back end) when several nodes share the store, so that a limit holds across all of them.
 */
public interface RateBuckets {

    /**
     * Takes one token from the bucket {@code key}, which holds {@code perMinute} tokens and refills them evenly over a
     * minute. Keys are hashed before they are stored, so addresses never reach the database in clear.
     *
     * @return false when the bucket is empty: the caller answers 429
     */
    boolean tryConsume(String key, int perMinute);
}
