package kr.donggu.chatbot.guard;

import java.util.List;

/** The answer as it may leave the server, and what was removed from it. */
public record GuardResult(String text, List<Removal> removals) {

    public static GuardResult unchanged(String text) {
        return new GuardResult(text, List.of());
    }

    public boolean changed() {
        return !removals.isEmpty();
    }

    /** Every sentence was removed: nothing grounded remains to be said. */
    public boolean nothingLeft() {
        return changed() && text.isBlank();
    }
}
