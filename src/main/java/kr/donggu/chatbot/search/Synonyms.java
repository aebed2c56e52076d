package kr.donggu.chatbot.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    /** The canonical words of every group one of whose expressions occurs in the question. */
    Set<String> canonicalWordsIn(String question) {
        StringBuilder remaining = new StringBuilder(compact(question));
        Set<String> found = new LinkedHashSet<>();
        for (Variant v : variants) {
            int at = v.compact().isEmpty() ? -1 : remaining.indexOf(v.compact());
            if (at >= 0) {
                found.add(v.canonical());
                // blank out the match so a shorter expression inside it (밭 in 텃밭) does not count again
                remaining.replace(at, at + v.compact().length(), " ".repeat(v.compact().length()));
            }
        }
        return found;
    }

    static String compact(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
