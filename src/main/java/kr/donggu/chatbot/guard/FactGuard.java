package kr.donggu.chatbot.guard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an answer, in any mode and channel, against the sections it cites: each sentence whose number, amount,
 * date, count, phone number, e-mail address, URL or organisation name does not appear in those sections is removed.
 * A prompt asking a model not to invent is a wish; this is the guarantee.
 */
public final class FactGuard {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。])\\s+");
    /** The cited sections are the same few texts again and again: extract their facts once. */
    private static final java.util.Map<String, List<String>> SOURCE_FACTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED_SOURCES = 20_000;

    private final Set<String> knownOrganisations = new HashSet<>();

    public FactGuard(Set<String> knownOrganisations) {
        knownOrganisations.forEach(o -> this.knownOrganisations.add(compact(o)));
    }

    public GuardResult check(String answer, List<String> sourceTexts) {
        if (SOURCE_FACTS.size() > MAX_CACHED_SOURCES) {
            SOURCE_FACTS.clear();
        }
        Evidence evidence = new Evidence(sourceTexts);
        List<Removal> removals = new ArrayList<>();
        List<String> keptLines = new ArrayList<>();
        for (String line : answer.split("\n", -1)) {
            List<String> kept = new ArrayList<>();
            for (String sentence : SENTENCE_END.split(line)) {
                Fact unsupported = firstUnsupported(sentence, evidence);
                if (unsupported == null) {
                    kept.add(sentence);
                } else {
                    removals.add(new Removal(sentence.strip(), unsupported.kind(), unsupported.surface()));
                }
            }
            String rebuilt = String.join(" ", kept).strip();
            if (!rebuilt.isEmpty() || line.isBlank()) {
                keptLines.add(rebuilt);
            }
        }
        return removals.isEmpty() ? GuardResult.unchanged(answer)
                : new GuardResult(String.join("\n", keptLines).strip(), List.copyOf(removals));
    }

    private Fact firstUnsupported(String sentence, Evidence evidence) {
        for (Fact fact : FactExtractor.facts(sentence)) {
            boolean known = fact.kind() == FactKind.ORGANISATION && knownOrganisations.contains(compact(fact.normal()));
            if (!known && !evidence.supports(fact)) {
                return fact;
            }
        }
        return null;
    }

    static String compact(String text) {
        return kr.donggu.chatbot.knowledge.Texts.withoutSpaces(FactExtractor.normalize(text));
    }

    /** The facts of the cited sections, and their text without spaces for a literal fallback. */
    private static final class Evidence {
        private final Set<String> keys = new HashSet<>();
        private final String compactText;

        Evidence(List<String> sources) {
            StringBuilder all = new StringBuilder();
            for (String s : sources) {
                SOURCE_FACTS.computeIfAbsent(s, t -> FactExtractor.facts(t).stream().map(Fact::key).toList())
                        .forEach(keys::add);
                all.append(compact(s)).append('\u0000');
            }
            this.compactText = all.toString();
        }

        boolean supports(Fact fact) {
            return keys.contains(fact.key()) || compactText.contains(compact(fact.surface()))
                    || (fact.kind() == FactKind.DATE && partOfSourceDate(fact))
                    || (fact.kind() == FactKind.ORGANISATION && withoutParticle(compact(fact.surface())));
        }

        /** "(주)보나드스토리가": a name with a particle attached is supported if the bare name is. */
        private boolean withoutParticle(String name) {
            for (int cut = 1; cut <= 2 && name.length() - cut >= 3; cut++) {
                if (compactText.contains(name.substring(0, name.length() - cut))) {
                    return true;
                }
            }
            return false;
        }

        /** "12월 18일" or "18일" is supported by a source that has the full date 2025-12-18. */
        private boolean partOfSourceDate(Fact fact) {
            String n = fact.normal();
            return keys.stream().filter(k -> k.startsWith("DATE:")).anyMatch(k -> k.endsWith("-" + n)
                    || (n.endsWith("일") && k.endsWith("-" + n.substring(0, n.length() - 1)))
                    || (n.endsWith("월") && k.matches("DATE:\\d{4}-" + n.substring(0, n.length() - 1) + "-\\d+")));
        }
    }
}
