package kr.donggu.chatbot.search;

import java.util.List;
import java.util.Set;

/**
 * How much of a question a program's text accounts for: the share of the question's content words found in it,
 * each weighted by its inverse document frequency, so a rare word the knowledge base has never seen (여권, 주차장)
 * weighs most. A word one typo away from a program word counts for most of its weight.
 */
final class Coverage {

    private static final double TYPO_CREDIT = 0.8;

    private Coverage() {
    }

    static double of(List<String> questionTerms, Set<String> programTerms, IndexSnapshot snap) {
        int programs = Math.max(1, snap.knowledge.documents().size());
        double total = 0;
        double matched = 0;
        for (String term : Set.copyOf(questionTerms)) {
            int df = snap.docFrequency.getOrDefault(term, 0);
            double idf = Math.log(1 + (programs - df + 0.5) / (df + 0.5));
            total += idf;
            if (programTerms.contains(term)) {
                matched += idf;
            } else if (term.length() >= 2 && programTerms.stream().anyMatch(p -> withinOneEdit(term, p))) {
                matched += idf * TYPO_CREDIT;
            }
        }
        return total == 0 ? 0 : matched / total;
    }

    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || Math.min(a.length(), b.length()) < 2) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + Math.min(1, a.length() - i)).equals(b.substring(i + Math.min(1, b.length() - i)));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }
}
