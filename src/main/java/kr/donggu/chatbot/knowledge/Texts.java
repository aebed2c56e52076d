package kr.donggu.chatbot.knowledge;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Spacing-insensitive forms of Korean text, used wherever a question is matched against words: people write
 * 도심텃밭 and 도심 텃밭 alike. Hand-written loops, because these run several times on every message.
 */
public final class Texts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[^\\]]*\\]");

    private Texts() {
    }

    public static String withoutSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Without spaces and lower-cased. */
    public static String compact(String text) {
        return withoutSpaces(text).toLowerCase(Locale.ROOT);
    }

    /**
     * The part of {@code text} that positions {@code start} to {@code end} of its compact form cover, with its own
     * spacing ("보나드 스토리" for 0 to 6 of "보나드스토리대표"), since a spaced name is analysed as its parts.
     */
    public static String spanOfCompact(String text, int start, int end) {
        int seen = 0;
        int from = -1;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                continue;
            }
            if (seen == start && from < 0) {
                from = i;
            }
            seen++;
            if (seen == end) {
                return text.substring(Math.max(from, 0), i + 1);
            }
        }
        return from < 0 ? "" : text.substring(from);
    }

    /** Without masked personal data ("[전화번호]"): the user's own data is not what they ask about. */
    public static String withoutPlaceholders(String text) {
        return text.indexOf('[') < 0 ? text : PLACEHOLDER.matcher(text).replaceAll("");
    }

    /**
     * At most {@code max} characters, cut at the last space that fits and marked with "…", so a chip or a button
     * label never ends mid-word ("네트워킹 DAY는 언제…", not "네트워킹 DAY는 언"). A single word longer than
     * {@code max} is cut where it must be.
     */
    public static String shortenAtWord(String text, int max) {
        String t = text.strip();
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        String head = cut > 0 ? t.substring(0, cut) : t.substring(0, max - 1);
        return head.stripTrailing() + "…";
    }
}
