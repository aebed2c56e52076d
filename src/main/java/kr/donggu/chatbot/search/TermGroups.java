package kr.donggu.chatbot.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Equivalent expressions (domain synonyms and general paraphrases), compared as whole analysed terms, never as
 * substrings: 퇴직연금 is not 퇴직, 광고물 is not 광고. A question becomes a list of {@link Slot}s: each content
 * word (or multi-word expression such as 친환경 장터) with the expressions that mean the same. A text fills a slot
 * when it contains one of them.
 */
final class TermGroups {

    /** One thing the question asks about, and the term sequences that express it. */
    record Slot(List<String> original, List<List<String>> alternatives) {

        boolean filledBy(Set<String> terms) {
            return filledBy(terms, Set.of());
        }

        /**
         * Whether the text says this, not counting expressions made only of {@code names}: 홍보 is 마케팅, but in
         * "스토리텔링 마케팅 지원사업은 …" 마케팅 is the program's name, not an answer about its advertising.
         */
        boolean filledBy(Set<String> terms, Set<String> names) {
            for (List<String> alternative : alternatives) {
                if (terms.containsAll(alternative) && !names.containsAll(alternative)) {
                    return true;
                }
            }
            return false;
        }

        /** Every term of every alternative that the question itself did not use. */
        Set<String> extraTerms() {
            Set<String> out = new LinkedHashSet<>();
            alternatives.forEach(out::addAll);
            original.forEach(out::remove);
            return out;
        }
    }

    /** Per group, its expressions as term sequences. */
    private final List<List<List<String>>> groups;
    /** For a term, the expressions (of any group) that start with it, longest first. */
    private final Map<String, List<Expression>> byFirstTerm = new HashMap<>();

    private record Expression(List<String> terms, int group) {
    }

    TermGroups(List<List<String>> rawGroups, Function<String, List<String>> analyse) {
        List<List<List<String>>> analysed = new ArrayList<>();
        for (List<String> raw : rawGroups) {
            List<List<String>> group = new ArrayList<>();
            for (String expression : raw) {
                List<String> terms = analyse.apply(expression);
                if (!terms.isEmpty() && !group.contains(terms)) {
                    group.add(List.copyOf(terms));
                }
            }
            if (group.size() > 1) {
                int index = analysed.size();
                analysed.add(List.copyOf(group));
                group.forEach(terms -> byFirstTerm.computeIfAbsent(terms.get(0), k -> new ArrayList<>())
                        .add(new Expression(terms, index)));
            }
        }
        byFirstTerm.values().forEach(list -> list.sort(Comparator.comparingInt((Expression e) -> -e.terms().size())));
        this.groups = List.copyOf(analysed);
    }

    /** The question's content terms, in order, as slots: the longest known expression at each position wins. */
    List<Slot> slots(List<String> questionTerms) {
        List<Slot> slots = new ArrayList<>();
        Set<List<String>> seen = new java.util.HashSet<>();
        int i = 0;
        while (i < questionTerms.size()) {
            Expression match = longestAt(questionTerms, i);
            List<String> original = match == null ? List.of(questionTerms.get(i)) : match.terms();
            if (seen.add(original)) {
                slots.add(slotFor(original));
            }
            i += original.size();
        }
        return slots;
    }

    private Slot slotFor(List<String> original) {
        Set<List<String>> alternatives = new LinkedHashSet<>();
        alternatives.add(original);
        for (Expression e : byFirstTerm.getOrDefault(original.get(0), List.of())) {
            if (e.terms().equals(original)) {
                alternatives.addAll(groups.get(e.group()));
            }
        }
        return new Slot(original, List.copyOf(alternatives));
    }

    private Expression longestAt(List<String> terms, int at) {
        for (Expression e : byFirstTerm.getOrDefault(terms.get(at), List.of())) {
            int n = e.terms().size();
            if (at + n <= terms.size() && terms.subList(at, at + n).equals(e.terms())) {
                return e;
            }
        }
        return null;
    }
}
