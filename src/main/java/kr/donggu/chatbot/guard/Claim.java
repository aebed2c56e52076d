package kr.donggu.chatbot.guard;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one sentence says, read for comparison: the names in it, the roles and whom they are said of, names nobody
 * listed, facts, cue words by class, and content stems (each with the keys of its synonyms).
 *
 * @param key         the sentence without spaces or punctuation: two copies of a sentence have the same key
 * @param compact     the normalised sentence without spaces, to look up a name nobody listed
 * @param entities    names the sentence states explicitly
 * @param roles       role words (대표, 회장)
 * @param pairs       "holder|role": a role said of a person or an organisation in this sentence
 * @param anchors     names nobody listed, each of the kind it would be (a place before 에서, an organisation suffix)
 * @param stems       content stems, each as the set of its synonym keys
 * @param opposed     each stem that has words of opposite meaning (긍정 → 부정), with them
 * @param courtesy    a greeting or a pointer to the office: no claim to check
 */
record Claim(String text, String key, String compact, Set<Names.Entity> entities, Set<String> roles,
             Set<String> pairs, Map<String, ClaimKind> anchors, List<Facts.Fact> facts, Map<Cues.Cls, Set<String>> cues,
             List<Set<String>> stems, Map<String, Set<String>> opposed, boolean courtesy, boolean response) {

    boolean has(Cues.Cls cls) {
        return cues.containsKey(cls);
    }

    Set<String> cues(Cues.Cls cls) {
        return cues.getOrDefault(cls, Set.of());
    }

    boolean absence() {
        return has(Cues.Cls.ABSENCE);
    }

    /** Every synonym key of every stem: what this sentence covers when it is evidence. */
    Set<String> stemKeys() {
        Set<String> all = new HashSet<>();
        stems.forEach(all::addAll);
        return all;
    }

    /** The kinds of fact the sentence carries, with PLACE and PERSON_ROLE when it names a place or a person. */
    Set<ClaimKind> carries() {
        Set<ClaimKind> kinds = new HashSet<>();
        facts.forEach(f -> kinds.add(f.kind()));
        if (has(Cues.Cls.RECURRENCE) || has(Cues.Cls.PERIOD)) {
            kinds.add(ClaimKind.RECURRENCE);
        }
        entities.forEach(e -> {
            if (e.kind() == Names.EntityKind.PLACE) {
                kinds.add(ClaimKind.PLACE);
            } else if (e.kind() == Names.EntityKind.PERSON) {
                kinds.add(ClaimKind.PERSON_ROLE);
            }
        });
        anchors.values().forEach(kinds::add);
        if (!roles.isEmpty()) {
            kinds.add(ClaimKind.PERSON_ROLE);
        }
        return kinds;
    }
}
