package kr.donggu.chatbot.store;

/** A platform delivered the same message twice; the first delivery's turn is already stored. */
public final class DuplicateTurnException extends RuntimeException {
    public DuplicateTurnException(String channel, String externalId) {
        super("Message " + externalId + " of channel " + channel + " is already stored");
    }
}
