package kr.donggu.chatbot.search;

import kr.donggu.chatbot.knowledge.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Query-time synonym expansion at string level, before analysis. Working on strings avoids the token-graph
 * failures Nori's stop filter causes in Lucene's synonym parser, and matches unspaced input too.
 */
final class Synonyms {

    /** One expression of a group, matched with or without spaces between its characters. */
    private record Variant(Pattern pattern, int length, String canonical, boolean isCanonical) {
    }

    private final List<Variant> variants;

    Synonyms(List<List<String>> groups) {
        List<Variant> all = new ArrayList<>();
        for (List<String> group : groups) {
            for (int i = 0; i < group.size(); i++) {
                String compact = compact(group.get(i));
                if (!compact.isEmpty()) {
                    all.add(new Variant(spacedPattern(compact), compact.length(), group.get(0), i == 0));
                }
            }
        }
        all.sort(Comparator.comparingInt(Variant::length).reversed());
        this.variants = List.copyOf(all);
    }

    /**
     * The question with every known expression replaced by its group's canonical word (주말농장 → 텃밭,
     * networking day → 네트워킹 DAY), so coverage is judged in the documents' own words. Longer expressions win,
     * and a canonical word already in the question is left alone (연합회 inside 동구사회적경제연합회).
     */
    String canonicalize(String question) {
        boolean[] taken = new boolean[question.length()];
        List<int[]> replacements = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Variant v : variants) {
            Matcher m = v.pattern().matcher(question);
            while (m.find()) {
                if (isFree(taken, m.start(), m.end())) {
                    java.util.Arrays.fill(taken, m.start(), m.end(), true);
                    if (!v.isCanonical() || !m.group().equals(v.canonical())) {   // 보나드 스토리 → 보나드스토리
                        replacements.add(new int[] {m.start(), m.end()});
                        words.add(v.canonical());
                    }
                }
            }
        }
        return replacements.isEmpty() ? question : rebuildInOrder(question, replacements, words);
    }

    private static String rebuildInOrder(String question, List<int[]> replacements, List<String> words) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < replacements.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> replacements.get(i)[0]));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int i : order) {
            int[] r = replacements.get(i);
            out.append(question, at, r[0]).append(' ').append(words.get(i)).append(' ');
            at = r[1];
        }
        return out.append(question.substring(at)).toString();
    }

    private static boolean isFree(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static Pattern spacedPattern(String compact) {
        StringBuilder regex = new StringBuilder();
        compact.codePoints().forEach(cp -> {
            if (regex.length() > 0) {
                regex.append("\\s*");
            }
            regex.append(Pattern.quote(Character.toString(cp)));
        });
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static String compact(String text) {
        return Texts.compact(text);
    }
}
