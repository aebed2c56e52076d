package kr.donggu.chatbot.store;

import java.time.Duration;
import java.util.function.Supplier;

/** One turn at a time per session. */
interface SessionLocks {

    /** How long a message waits for the previous one of its session before it gets a 503. */
    Duration WAIT = Duration.ofSeconds(30);

    <T> T inOrder(String sessionId, Supplier<T> work);
}
