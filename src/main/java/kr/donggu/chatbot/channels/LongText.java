package kr.donggu.chatbot.channels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fits an answer into a platform's few messages without losing its ending: the trailing year label ("※ …") and
 * 출처 lines always stay, and when the whole does not fit, sentences are dropped from the end of the body instead,
 * with a note saying so.
 */
final class LongText {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n");

    private LongText() {
    }

    static List<String> fit(String text, int limit, int maxParts) {
        List<String> lines = Arrays.asList(text.strip().split("\n"));
        int tailStart = lines.size();
        while (tailStart > 0 && isTail(lines.get(tailStart - 1))) {
            tailStart--;
        }
        String tail = String.join("\n", lines.subList(tailStart, lines.size()));
        String body = String.join("\n", lines.subList(0, tailStart));
        List<String> parts = layout(body, tail, limit);
        String kept = body;
        while (parts.size() > maxParts && !kept.isEmpty()) {
            kept = withoutLastSentence(kept, limit);
            parts = layout(kept.isEmpty() ? ChannelTexts.CUT : kept + "\n" + ChannelTexts.CUT, tail, limit);
        }
        return parts.size() > maxParts ? parts.subList(parts.size() - maxParts, parts.size()) : parts;
    }

    private static boolean isTail(String line) {
        String l = line.strip();
        return l.startsWith("※") || l.startsWith("출처:");
    }

    private static List<String> layout(String body, String tail, int limit) {
        List<String> parts = new ArrayList<>(body.isBlank() ? List.of() : TextSplitter.split(body, limit));
        if (tail.isEmpty()) {
            return parts;
        }
        int last = parts.size() - 1;
        if (last >= 0 && parts.get(last).length() + 1 + tail.length() <= limit) {
            parts.set(last, parts.get(last) + "\n" + tail);
        } else {
            parts.addAll(TextSplitter.split(tail, limit));
        }
        return parts;
    }

    private static String withoutLastSentence(String body, int limit) {
        Matcher m = SENTENCE_END.matcher(body);
        int cut = -1;
        while (m.find()) {
            cut = m.start();
        }
        return cut > 0 ? body.substring(0, cut).strip() : body.substring(0, Math.max(0, body.length() - limit)).strip();
    }
}
