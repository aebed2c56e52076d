package kr.donggu.chatbot.eligibility;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.donggu.chatbot.knowledge.Texts;

/**
 * The kind of organisation a message names (협동조합, 예비 사회적기업, 일반 회사, 주민) and its legal form (주식회사,
 * (주), 법인), which is not a kind: a certified 사회적기업 is often a 주식회사. The longest name wins, and a name
 * followed by a negation ("사회적기업은 아니고") does not count.
 */
final class Kinds {

    private final Words words;

    Kinds(Words words) {
        this.words = words;
    }

    Optional<EnterpriseType> type(String text) {
        return longest(words.types(), compact(text));
    }

    /** The legal form's name from the word file ("주식회사"), when no kind is named. */
    Optional<String> legalForm(String text) {
        String c = compact(text);
        return words.legalForms().entrySet().stream().filter(e -> e.getValue().matcher(c).find())
                .map(Map.Entry::getKey).findFirst();
    }

    /**
     * The answer to "what kind are you?": a full name, or a short one ("예비요", "자활이에요"); after a legal form
     * was named and the bot asked about certification, "없어요" means an ordinary company.
     */
    Optional<EnterpriseType> answer(String text, boolean afterLegalForm) {
        Optional<EnterpriseType> named = type(text);
        if (named.isPresent()) {
            return named;
        }
        String c = compact(text);
        for (Map.Entry<EnterpriseType, Pattern> e : words.typeAnswers().entrySet()) {
            if (e.getValue().matcher(c).matches()) {
                return Optional.of(e.getKey());
            }
        }
        return afterLegalForm && words.formOrdinary().matcher(c).find()
                ? Optional.of(EnterpriseType.ORDINARY_COMPANY) : Optional.empty();
    }

    /** Whether a compact text starts with a kind or a legal form ("협동조합인데…" after "동구"). */
    boolean startsWithKind(String compactText) {
        return words.types().values().stream().anyMatch(p -> p.matcher(compactText).lookingAt())
                || words.legalForms().values().stream().anyMatch(p -> p.matcher(compactText).lookingAt());
    }

    private Optional<EnterpriseType> longest(Map<EnterpriseType, Pattern> patterns, String c) {
        EnterpriseType best = null;
        int bestLength = 0;
        for (Map.Entry<EnterpriseType, Pattern> e : patterns.entrySet()) {
            Matcher m = e.getValue().matcher(c);
            for (int start = 0; start < c.length(); start++) {
                // every start, not find(): "지역형예비" must not hide the longer "예비사회적기업" inside it
                if (m.region(start, c.length()).lookingAt() && m.end() - start > bestLength && !negated(c, m.end())) {
                    best = e.getKey();
                    bestLength = m.end() - start;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean negated(String c, int end) {
        return words.negationAfter().matcher(c).region(end, c.length()).lookingAt();
    }

    private static String compact(String text) {
        return Texts.compact(Texts.withoutPlaceholders(text));
    }
}
