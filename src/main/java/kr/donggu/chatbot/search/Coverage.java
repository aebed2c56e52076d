package kr.donggu.chatbot.search;

import java.util.List;
import java.util.Set;

/**
 * How much of a question a program's text accounts for: the share of the question's slots (content words with their
 * synonyms) found in it, each weighted by its inverse document frequency, so a rare word the knowledge base has
 * never seen (여권, 주차장) weighs most. A word one typo away from a program word counts for most of its weight.
 * Also the jamo-level edit distance used for typo tolerance.
 */
final class Coverage {

    private static final double TYPO_CREDIT = 0.8;
    private static final double GENERIC = 0.25;
    /** A two-syllable word one slip from another is as often a different word (청장, 성장) as a typo. */
    private static final int TYPO_MIN_LENGTH = 3;

    private Coverage() {
    }

    /** Rarity of a word across the programs: a word no program uses weighs as much as the rarest one a program uses. */
    static double weight(TermGroups.Slot slot, IndexSnapshot snap) {
        int programs = Math.max(1, snap.knowledge.documents().size());
        int df = frequency(slot.original(), snap);
        if (df == 0) {
            // a word the documents do not use but whose equivalent they do (매체 → 채널) weighs as that equivalent
            df = slot.alternatives().stream().mapToInt(a -> frequency(a, snap)).filter(f -> f > 0).min().orElse(1);
        }
        double idf = Math.log(1 + (programs - df + 0.5) / (df + 0.5));
        // 프로그램 in "텃밭 프로그램" only says what kind of thing is meant
        return isGeneric(slot, snap) ? idf * GENERIC : idf;
    }

    private static boolean unknownSyllable(TermGroups.Slot slot, IndexSnapshot snap) {
        return slot.original().size() == 1 && slot.original().get(0).length() == 1
                && documentFrequency(slot, snap) == 0;
    }

    /** "20년 됐는데요": a number the documents never use is a value said in passing (a count is read elsewhere). */
    private static boolean unknownNumber(TermGroups.Slot slot, IndexSnapshot snap) {
        return slot.original().size() == 1 && slot.original().get(0).chars().allMatch(Character::isDigit)
                && documentFrequency(slot, snap) == 0;
    }

    private static boolean timeWord(TermGroups.Slot slot, IndexSnapshot snap) {
        return slot.original().size() == 1 && snap.lexicon.conversation().time().values().stream()
                .anyMatch(words -> words.contains(slot.original().get(0)));
    }

    /** In how many documents the slot's words or one of their equivalents occur; 0 if in none. */
    static int documentFrequency(TermGroups.Slot slot, IndexSnapshot snap) {
        int df = frequency(slot.original(), snap);
        return df > 0 ? df : slot.alternatives().stream().mapToInt(a -> frequency(a, snap)).filter(f -> f > 0).min()
                .orElse(0);
    }

    /** 프로그램 in "텃밭 프로그램": what kind of thing, not what about. */
    static boolean isGeneric(TermGroups.Slot slot, IndexSnapshot snap) {
        if (slot.original().size() != 1) {
            return false;
        }
        return snap.lexicon.generic().contains(slot.original().get(0));
    }

    /** In how many documents all terms of an expression occur at least (the rarest term's count); 0 if one never does. */
    private static int frequency(List<String> terms, IndexSnapshot snap) {
        return terms.stream().mapToInt(t -> snap.docFrequency.getOrDefault(t, 0)).min().orElse(0);
    }

    /**
     * The weighted share of the question's slots that a document's words fill; a word one typing slip away from
     * one of the document's words counts for most of its weight.
     */
    static double of(List<TermGroups.Slot> slots, Set<String> docTerms, IndexSnapshot snap) {
        return of(slots, docTerms, snap, Set.of());
    }

    /** As {@link #of(List, Set, IndexSnapshot)}, not counting the {@code passing} words (the asker's circumstances). */
    static double of(List<TermGroups.Slot> slots, Set<String> docTerms, IndexSnapshot snap,
                     Set<List<String>> passing) {
        double total = 0;
        double matched = 0;
        for (TermGroups.Slot slot : slots) {
            if (isGeneric(slot, snap) && documentFrequency(slot, snap) == 0) {
                continue;   // 목록 in "협력 프로젝트 목록 좀" says what form the answer takes, and no document uses it
            }
            if (passing.contains(slot.original())) {
                continue;   // the asker's circumstances say why they ask, not what
            }
            // an unknown single syllable is most often what analysis left of a compound (길 of 출근길, 사 of 언론사,
            // 날 of 며칠날), not a topic the documents lack
            // a time word (올해, 연말) says when, which the answer's time note handles, not what about
            double w = unknownSyllable(slot, snap) || timeWord(slot, snap) || unknownNumber(slot, snap)
                    ? weight(slot, snap) * GENERIC
                    : weight(slot, snap);
            total += w;
            if (slot.filledBy(docTerms)) {
                matched += w;
            } else if (kindOfEnterprise(slot, snap) && docTerms.contains(ENTERPRISE)) {
                matched += w * TYPO_CREDIT;   // 마을기업, 협동조합 are 사회적경제기업 the document speaks of
            } else if (slot.original().size() == 1 && slot.original().get(0).length() >= TYPO_MIN_LENGTH
                    && docTerms.stream().anyMatch(p -> withinOneEdit(slot.original().get(0), p))) {
                matched += w * TYPO_CREDIT;
            }
        }
        return total == 0 ? 0 : matched / total;
    }

    private static final String ENTERPRISE = "기업";

    /** "마을기업이랑 협동조합이 함께하는 사업": a kind of enterprise (the enterprise words of the conversation data). */
    private static boolean kindOfEnterprise(TermGroups.Slot slot, IndexSnapshot snap) {
        String word = String.join("", slot.original());
        return snap.lexicon.conversation().audiences().getOrDefault("enterprise", java.util.List.of()).stream()
                .map(kr.donggu.chatbot.knowledge.Texts::compact).anyMatch(word::equals);
    }

    static boolean withinOneEdit(String a, String b) {
        // one slip of a letter leaves the number of syllables as it was, or one apart
        if (Math.min(a.length(), b.length()) < 2 || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        return levenshteinAtMostOne(jamo(a), jamo(b));
    }

    static int[] jamo(String s) {
        int[] out = new int[s.length() * 3];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n = jamo(s.charAt(i), out, n);
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * Writes the letters of one character (a syllable's two or three, else the character itself) into {@code out}
     * from {@code at}; returns the index after them.
     */
    static int jamo(char c, int[] out, int at) {
        int n = at;
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
        return n;
    }

    static boolean levenshteinAtMostOne(int[] a, int[] b) {
        return levenshteinAtMostOne(a, 0, a.length, b);
    }

    /** Whether {@code a[from, to)} is at most one insertion, deletion or substitution away from {@code b}. */
    static boolean levenshteinAtMostOne(int[] a, int from, int to, int[] b) {
        int aLength = to - from;
        if (Math.abs(aLength - b.length) > 1) {
            return false;
        }
        int i = 0;
        while (i < aLength && i < b.length && a[from + i] == b[i]) {
            i++;
        }
        if (i == aLength && i == b.length) {
            return true;
        }
        if (aLength == b.length) {
            return java.util.Arrays.equals(a, from + i + 1, to, b, i + 1, b.length);
        }
        return aLength > b.length ? java.util.Arrays.equals(a, from + i + 1, to, b, i, b.length)
                : java.util.Arrays.equals(b, i + 1, b.length, a, from + i, to);
    }
}
