package kr.donggu.chatbot.store;

import java.util.function.Consumer;

/**
 * Publish/subscribe between the nodes that share a store, for "something changed, refresh your copy" signals: a
 * re-index, a curated answer saved. With PostgreSQL it is LISTEN/NOTIFY; with SQLite there is one node and nothing
 * to tell. An event reaches the subscribers of every <em>other</em> node within about a second; the publishing node
 * has already acted. Delivery is at most once per event, so after a lost connection each subscriber is called once
 * with {@link #MAYBE_MISSED}: refresh everything.
 */
public interface ClusterEvents {

    /** Topic: the knowledge was re-indexed on some node; the others reload theirs. */
    String REINDEX = "knowledge.reindex";
    /** Payload a subscriber gets when events may have been missed while the node was disconnected. */
    String MAYBE_MISSED = "*maybe-missed*";

    /** @param payload a short text (under 7,000 bytes), no personal data: it goes through the database's log */
    void publish(String topic, String payload);

    /** {@code listener} runs on the events thread; keep it short, and its failures are logged, not propagated. */
    Subscription subscribe(String topic, Consumer<String> listener);

    /** Stops a listener. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
