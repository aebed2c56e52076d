package kr.donggu.chatbot.privacy;

import java.util.List;

/** A text with its personal data replaced by placeholders, and what was found. */
public record Masked(String text, List<PiiKind> found) {
    public boolean changed() {
        return !found.isEmpty();
    }
}
