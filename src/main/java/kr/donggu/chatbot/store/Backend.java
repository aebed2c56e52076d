package kr.donggu.chatbot.store;

import java.util.Optional;

/**
 * What differs between the two stores beyond SQL text: how turns are committed, how sessions are ordered, how nodes
 * hear of each other, where rate buckets live and what health means. {@link SqliteBackend} and
 * {@link PostgresBackend} are the two implementations; the repositories on top are shared.
 */
interface Backend extends AutoCloseable {

    /** {@code sqlite} or {@code postgresql}. */
    String kind();

    Jdbc jdbc();

    TurnSink turns();

    SessionLocks locks();

    ClusterEvents events();

    RateBuckets rateBuckets();

    /** Housekeeping after a retention purge. */
    void afterPurge();

    /** Why the store cannot serve, if it cannot: unreachable, writer stopped, listener down. */
    Optional<String> problem();

    String integrityCheck();

    @Override
    void close();
}
