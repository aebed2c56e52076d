package kr.donggu.chatbot.store;

/**
 * The store cannot take the request right now: the database is unreachable or restarting, the disk is full, the turn
 * writer is down, or the session is busy for too long. Nothing was stored; the client may retry (HTTP 503).
 */
public final class StoreUnavailableException extends StoreException {
    public StoreUnavailableException(String what, Throwable cause) {
        super(what, cause);
    }
}
