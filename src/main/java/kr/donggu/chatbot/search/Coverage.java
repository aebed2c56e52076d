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
            // a word no program uses weighs as much as the rarest word a program uses: 회사 in "보나드스토리는
            // 어떤 회사예요?" must not outweigh 보나드스토리
            int df = Math.max(1, snap.docFrequency.getOrDefault(term, 0));
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

    /**
     * One typing slip apart, counted on jamo (자모): 빹 and 밭 differ by one jamo, 금 and 대 by three. Counting
     * whole syllables would make every two-syllable word a "typo" of half the vocabulary.
     */
    /**
     * Whether the question names the program: one of its content words is a distinctive word (used by at most half
     * of the programs) of the program's title or keywords, or one typing slip away from one.
     */
    static boolean namesProgram(List<String> questionTerms, Set<String> nameTerms, IndexSnapshot snap) {
        int half = Math.max(1, snap.knowledge.documents().size() / 2);
        for (String term : questionTerms) {
            for (String name : nameTerms) {
                boolean distinctive = snap.docFrequency.getOrDefault(name, 0) <= half;
                if (distinctive && (name.equals(term) || withinOneEdit(term, name))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the question contains the program's title or one of its keywords, spacing ignored. */
    static boolean mentionsName(String question, kr.donggu.chatbot.knowledge.ProgramDocument doc) {
        String compact = Synonyms.compact(question);
        if (compact.contains(Synonyms.compact(doc.title()))) {
            return true;
        }
        return doc.keywords().stream().map(Synonyms::compact).anyMatch(k -> k.length() >= 2 && compact.contains(k));
    }

    static boolean withinOneEdit(String a, String b) {
        if (Math.min(a.length(), b.length()) < 2) {
            return false;
        }
        return levenshteinAtMostOne(jamo(a), jamo(b));
    }

    static int[] jamo(String s) {
        int[] out = new int[s.length() * 3];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xAC00 && c <= 0xD7A3) {
                int code = c - 0xAC00;
                out[n++] = 0x1100 + code / 588;
                out[n++] = 0x1161 + (code % 588) / 28;
                if (code % 28 != 0) {
                    out[n++] = 0x11A7 + code % 28;
                }
            } else {
                out[n++] = c;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    static boolean levenshteinAtMostOne(int[] a, int[] b) {
        if (Math.abs(a.length - b.length) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length && i < b.length && a[i] == b[i]) {
            i++;
        }
        if (i == a.length && i == b.length) {
            return true;
        }
        int[] longer = a.length >= b.length ? a : b;
        int[] shorter = a.length >= b.length ? b : a;
        int skipShorter = a.length == b.length ? 1 : 0;
        return java.util.Arrays.equals(longer, i + 1, longer.length, shorter, i + skipShorter, shorter.length);
    }
}
