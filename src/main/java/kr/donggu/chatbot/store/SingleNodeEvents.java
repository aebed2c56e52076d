package kr.donggu.chatbot.store;

import java.util.function.Consumer;

/** SQLite serves one node: there is no other node to tell, and nobody else publishes. */
final class SingleNodeEvents implements ClusterEvents {

    @Override
    public void publish(String topic, String payload) {
        // no other node
    }

    @Override
    public Subscription subscribe(String topic, Consumer<String> listener) {
        return () -> { };
    }
}
