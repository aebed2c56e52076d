package kr.donggu.chatbot.store;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Session order on one node (SQLite): striped locks, so memory stays fixed however many sessions there are; two
 * sessions sharing a stripe merely wait for each other now and then.
 */
final class LocalSessionLocks implements SessionLocks {

    private static final int STRIPES = 1024;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    LocalSessionLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock(true);
        }
    }

    @Override
    public <T> T inOrder(String sessionId, Supplier<T> work) {
        ReentrantLock lock = stripes[Math.floorMod(sessionId.hashCode(), STRIPES)];
        try {
            if (!lock.tryLock(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new StoreUnavailableException("session " + sessionId + " busy for " + WAIT.toSeconds() + " s", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while waiting for session " + sessionId, e);
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
