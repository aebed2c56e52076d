package kr.donggu.chatbot.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Query-time synonym expansion at string level, before analysis. Working on strings avoids the token-graph
 * failures Nori's stop filter causes in Lucene's synonym parser, and matches unspaced input too.
 */
final class Synonyms {

    private record Variant(String compact, String canonical) {
    }

    private final List<Variant> variants;

    Synonyms(List<List<String>> groups) {
        List<Variant> all = new ArrayList<>();
        for (List<String> group : groups) {
            for (String word : group) {
                all.add(new Variant(compact(word), group.get(0)));
            }
        }
        all.sort(Comparator.comparingInt((Variant v) -> v.compact().length()).reversed());
        this.variants = List.copyOf(all);
    }

    /**
     * The question with every known expression replaced by its group's canonical word (주말농장 → 텃밭,
     * networking day → 네트워킹 DAY), so coverage is judged in the documents' own words.
     */
    String canonicalize(String question) {
        String text = question;
        for (Variant v : variants) {
            if (!v.compact().isEmpty() && !v.compact().equals(compact(v.canonical()))) {
                text = replaceIgnoringSpaces(text, v.compact(), " " + v.canonical() + " ");
            }
        }
        return text;
    }

    /** Replaces occurrences of {@code compactWord} that may have spaces between its characters. */
    private static String replaceIgnoringSpaces(String text, String compactWord, String replacement) {
        StringBuilder pattern = new StringBuilder("(?i)");
        compactWord.codePoints().forEach(cp -> pattern.append(java.util.regex.Pattern.quote(Character.toString(cp))).append("\\s*"));
        return text.replaceAll(pattern.substring(0, pattern.length() - 3), java.util.regex.Matcher.quoteReplacement(replacement));
    }

    static String compact(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
