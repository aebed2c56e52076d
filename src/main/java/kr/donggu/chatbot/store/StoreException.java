package kr.donggu.chatbot.store;

/** A database failure, described by what failed and for which ids; never by message text, which may hold PII. */
public class StoreException extends RuntimeException {
    public StoreException(String what, Throwable cause) {
        super(what, cause);
    }
}
