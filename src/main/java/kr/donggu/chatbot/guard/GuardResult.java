package kr.donggu.chatbot.guard;

import java.util.Collection;
import java.util.List;

/** The answer as it may leave the server, what was removed from it, and the verdict on every sentence. */
public record GuardResult(String text, List<Removal> removals, List<SentenceVerdict> verdicts) {

    public static GuardResult unchanged(String text) {
        return new GuardResult(text, List.of(), List.of());
    }

    public boolean changed() {
        return !removals.isEmpty();
    }

    /** Every sentence was removed: nothing grounded remains to be said. */
    public boolean nothingLeft() {
        return changed() && text.isBlank();
    }

    /** A kept sentence carries a fact of one of these kinds (a count for "몇 개", a date for "언제"). */
    public boolean keptAny(Collection<ClaimKind> kinds) {
        return verdicts.stream().anyMatch(v -> v.kept() && v.carries().stream().anyMatch(kinds::contains));
    }

    /** A removed sentence carried a fact of one of these kinds. */
    public boolean removedAny(Collection<ClaimKind> kinds) {
        return verdicts.stream().anyMatch(v -> !v.kept() && v.carries().stream().anyMatch(kinds::contains));
    }
}
