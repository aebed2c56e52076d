package kr.donggu.chatbot.channels;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a reply into messages within a platform's length limit, at line breaks and then between sentences, so
 * no sentence or source line is cut in half. Only a single sentence longer than the limit is cut, at the limit.
 */
public final class TextSplitter {

    private TextSplitter() {
    }

    public static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String unit : units(text)) {
            String piece = unit;
            while (piece.length() > limit) {   // one sentence longer than the limit: the only forced cut
                flush(parts, current);
                parts.add(piece.substring(0, limit));
                piece = piece.substring(limit);
            }
            int extra = current.length() == 0 ? piece.length() : piece.length() + 1;
            if (current.length() + extra > limit) {
                flush(parts, current);
            }
            if (current.length() > 0) {
                current.append(piece.startsWith("\n") ? "" : " ");
            }
            current.append(piece);
        }
        flush(parts, current);
        return parts;
    }

    /** Lines, and the sentences of each line; a unit that starts a new line keeps its '\n'. */
    private static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String[] sentences = lines[i].split("(?<=[.!?])\\s+");
            for (int j = 0; j < sentences.length; j++) {
                units.add(i > 0 && j == 0 ? "\n" + sentences[j] : sentences[j]);
            }
        }
        return units;
    }

    private static void flush(List<String> parts, StringBuilder current) {
        if (current.length() > 0) {
            parts.add(current.toString().strip());
            current.setLength(0);
        }
    }
}
