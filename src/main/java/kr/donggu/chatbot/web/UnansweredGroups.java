package kr.donggu.chatbot.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.donggu.chatbot.store.Records;

/**
 * Groups unanswered questions that say nearly the same thing (character-bigram overlap), so staff see "주차장 몇 시까지"
 * once with its count instead of twenty times. Largest groups first.
 */
final class UnansweredGroups {

    private static final double SIMILAR = 0.5;

    record Group(String question, int count, List<String> examples, Instant lastAt) {
    }

    private UnansweredGroups() {
    }

    static List<Group> of(List<Records.UnansweredQuestion> rows) {
        List<List<Records.UnansweredQuestion>> groups = new ArrayList<>();
        List<Set<String>> keys = new ArrayList<>();
        for (Records.UnansweredQuestion row : rows) {
            Set<String> grams = bigrams(row.question());
            int found = -1;
            for (int i = 0; i < groups.size() && found < 0; i++) {
                found = similarity(grams, keys.get(i)) >= SIMILAR ? i : -1;
            }
            if (found < 0) {
                groups.add(new ArrayList<>(List.of(row)));
                keys.add(grams);
            } else {
                groups.get(found).add(row);
            }
        }
        return groups.stream().map(g -> new Group(g.get(0).question(), g.size(),
                        g.stream().map(Records.UnansweredQuestion::question).distinct().limit(5).toList(),
                        g.stream().map(Records.UnansweredQuestion::at).max(Comparator.naturalOrder()).orElseThrow()))
                .sorted(Comparator.comparingInt(Group::count).reversed()).toList();
    }

    private static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.equals(b) ? 1 : 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / (a.size() + b.size() - shared);
    }

    private static Set<String> bigrams(String text) {
        String c = text.replaceAll("[\\s\\p{Punct}]+", "");
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 <= c.length(); i++) {
            grams.add(c.substring(i, i + 2));
        }
        return grams;
    }
}
