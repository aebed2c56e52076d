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
