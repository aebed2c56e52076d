package kr.donggu.chatbot.guard;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the guard reads text: NFKC and lower case (㈜ is (주), full-width digits are digits), one kind of quote and
 * middle dot, no Markdown emphasis or list markers (a model's "1. " is not the number 1), and sentences split after
 * . ! ? and at line breaks.
 */
final class GuardText {

    /** Syllables a particle, a copula or 씩 may start with: what may follow a name or a counting unit in one word. */
    static final String PARTICLE_START = "은는이가을를의에와과도로으만까부께나인입였예야처보마랑들간및씩";
    /** Lookahead: the word ends here, or goes on only with a particle. */
    static final String END_OF_WORD = "(?![\\p{IsAlphabetic}\\p{IsDigit}&&[^" + PARTICLE_START + "]])";

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。])\\s+");
    private static final Pattern LIST_MARKER = Pattern.compile(
            "^\\s*(?:#{1,6}\\s+|[-*•·▪◦]\\s+|\\(?\\d{1,2}[.)]\\s+|[①-⑳]\\s*)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");

    private GuardText() {
    }

    static String normalize(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            out.append(switch (c) {
                case '‘', '’', '´', '`' -> '\'';
                case '“', '”', '「', '」', '『', '』', '《', '》', '〈', '〉' -> '"';
                case 'ㆍ', '・', '∙', '•' -> '·';
                case '\u00a0' -> ' ';
                default -> c;
            });
        }
        return out.toString();
    }

    /** The text as a claim reads it: without list markers and emphasis. */
    static String plain(String sentence) {
        return EMPHASIS.matcher(LIST_MARKER.matcher(sentence).replaceFirst("")).replaceAll("").strip();
    }

    /** Without spaces, punctuation at the ends or quotes: two copies of a sentence compare equal. */
    static String key(String normalized) {
        StringBuilder out = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The sentences of one line. */
    static List<String> sentences(String line) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(line)) {
            if (!s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    /** The sentences of a text: its lines, each split into sentences. */
    static List<String> allSentences(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            out.addAll(sentences(line));
        }
        return out;
    }
}
