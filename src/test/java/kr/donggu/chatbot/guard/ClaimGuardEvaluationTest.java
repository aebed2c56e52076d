package kr.donggu.chatbot.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The guard measured on {@code knowledge/eval/guard-sentences.yaml}: sentences a language model would write about
 * our documents, half supported and half not. Each sentence is checked as the chat service checks an answer: against
 * the question's program document and the documents the sentence names, with the program as topic. Prints recall
 * per expected kind and precision per reason given (and writes both to {@code target/guard-evaluation.txt}, which CI
 * prints); gates 95 % of unsupported sentences removed and 90 % of supported ones kept.
 */
class ClaimGuardEvaluationTest {

    static final Path REPORT = Path.of("target/guard-evaluation.txt");

    static KnowledgeBase kb;
    static ClaimGuard guard;
    static List<Outcome> outcomes;

    record Outcome(GuardEvalSet.Case c, SentenceVerdict verdict) {
        boolean correct() {
            return verdict.kept() == c.item().supported();
        }
    }

    @BeforeAll
    static void judge_every_sentence() throws IOException {
        kb = KnowledgeBase.load(Fixtures.BUNDLED_KNOWLEDGE);
        guard = ClaimGuard.forKnowledge(kb);
        outcomes = new ArrayList<>();
        for (GuardEvalSet.Case c : GuardEvalSet.load().cases()) {
            Evidence evidence = guard.evidenceFor(kb, c.item().text(), List.of(c.question().program()),
                    c.question().program());
            // as the chat service checks an answer: split into sentences; the item is kept only if all of them are
            List<SentenceVerdict> verdicts = guard.check(c.item().text(), evidence).verdicts();
            outcomes.add(new Outcome(c, verdicts.stream().filter(v -> !v.kept()).findFirst().orElse(verdicts.get(0))));
        }
        String report = report();
        System.out.println(report);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
    }

    @Test
    void the_lexicon_files_are_sound() {
        assertThat(guard.lexicon().problems()).isEmpty();
    }

    @Test
    void the_set_has_300_sentences_half_of_them_unsupported_and_every_kind() {
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(300);
        long unsupported = outcomes.stream().filter(o -> !o.c().item().supported()).count();
        assertThat(unsupported).isBetween(outcomes.size() * 45L / 100, outcomes.size() * 55L / 100);
        assertThat(outcomes.stream().map(o -> o.c().item().kind())).contains("count", "date", "recurring-date",
                "place", "person-role", "organisation", "polarity", "scope", "future", "wrong-program");
    }

    @Test
    void removes_at_least_95_percent_of_unsupported_sentences() {
        assertThat(rate(false)).as(failures(false)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void keeps_at_least_90_percent_of_supported_sentences() {
        assertThat(rate(true)).as(failures(true)).isGreaterThanOrEqualTo(0.90);
    }

    private static double rate(boolean supported) {
        List<Outcome> of = outcomes.stream().filter(o -> o.c().item().supported() == supported).toList();
        return (double) of.stream().filter(Outcome::correct).count() / of.size();
    }

    private static String failures(boolean supported) {
        StringBuilder out = new StringBuilder();
        outcomes.stream().filter(o -> o.c().item().supported() == supported && !o.correct()).forEach(o -> out
                .append("\n  [").append(o.c().item().kind()).append("] ").append(o.c().item().text())
                .append(supported ? "  -> removed as " + o.verdict().reason() + " (" + o.verdict().detail() + ")"
                        : "  -> kept on: " + o.verdict().evidence()));
        return out.toString();
    }

    static String report() {
        StringBuilder out = new StringBuilder("Claim guard on knowledge/eval/guard-sentences.yaml\n");
        for (String set : List.of("dev", "holdout", "probe", "all")) {
            List<Outcome> of = outcomes.stream().filter(o -> set.equals("all") || set.equals(o.c().question().set()))
                    .toList();
            out.append(String.format("%n[%s] %d sentences%n", set, of.size()));
            out.append(String.format("  %-24s %4s %7s %9s %s%n", "expected/kind", "n", "correct", "rate",
                    "reason agrees"));
            Map<String, int[]> byKind = new TreeMap<>();
            for (Outcome o : of) {
                String label = (o.c().item().supported() ? "kept/" : "removed/") + o.c().item().kind();
                int[] counts = byKind.computeIfAbsent(label, k -> new int[3]);
                counts[0]++;
                counts[1] += o.correct() ? 1 : 0;
                counts[2] += !o.c().item().supported() && !o.verdict().kept()
                        && kindMatches(o.c().item().kind(), o.verdict().reason()) ? 1 : 0;
            }
            byKind.forEach((k, c) -> out.append(String.format("  %-24s %4d %7d %8.1f%% %s%n", k, c[0], c[1],
                    100.0 * c[1] / c[0], k.startsWith("removed/") ? c[2] + "/" + c[1] : "")));
            long unsupported = of.stream().filter(o -> !o.c().item().supported()).count();
            long removedRight = of.stream().filter(o -> !o.c().item().supported() && !o.verdict().kept()).count();
            long removedAll = of.stream().filter(o -> !o.verdict().kept()).count();
            long supported = of.size() - unsupported;
            long kept = of.stream().filter(o -> o.c().item().supported() && o.verdict().kept()).count();
            out.append(String.format("  %-24s %4s %7s %9s%n", "removed for (reason)", "n", "unsupp.", "precision"));
            Map<ClaimKind, int[]> byReason = new TreeMap<>();
            of.stream().filter(o -> !o.verdict().kept()).forEach(o -> {
                int[] c = byReason.computeIfAbsent(o.verdict().reason(), k -> new int[2]);
                c[0]++;
                c[1] += o.c().item().supported() ? 0 : 1;
            });
            byReason.forEach((k, c) -> out.append(String.format("  %-24s %4d %7d %8.1f%%%n", k, c[0], c[1],
                    100.0 * c[1] / c[0])));
            out.append(String.format("  unsupported removed (recall)    %d/%d = %.1f%%%n", removedRight, unsupported,
                    100.0 * removedRight / Math.max(1, unsupported)));
            out.append(String.format("  removals that were unsupported  %d/%d = %.1f%% (precision)%n", removedRight,
                    removedAll, 100.0 * removedRight / Math.max(1, removedAll)));
            out.append(String.format("  supported kept                  %d/%d = %.1f%%%n", kept, supported,
                    100.0 * kept / Math.max(1, supported)));
        }
        out.append("\nMisjudged:").append(failures(false)).append(failures(true)).append('\n');
        out.append("\nRemoved for another reason than the set's kind:");
        outcomes.stream().filter(o -> !o.c().item().supported() && !o.verdict().kept()
                && !kindMatches(o.c().item().kind(), o.verdict().reason())).forEach(o -> out.append("\n  [")
                .append(o.c().item().kind()).append(" -> ").append(o.verdict().reason()).append(" ")
                .append(o.verdict().detail()).append("] ").append(o.c().item().text()));
        out.append('\n');
        return out.toString();
    }

    /** The guard's reason agrees with the kind the set gives (for the report; removal is what is gated). */
    private static boolean kindMatches(String kind, ClaimKind reason) {
        return switch (kind) {
            case "count" -> reason == ClaimKind.COUNT || reason == ClaimKind.NUMBER || reason == ClaimKind.AMOUNT;
            case "date" -> reason == ClaimKind.DATE || reason == ClaimKind.TIME;
            case "recurring-date" -> reason == ClaimKind.RECURRENCE;
            case "place" -> reason == ClaimKind.PLACE;
            case "person-role" -> reason == ClaimKind.PERSON_ROLE;
            case "organisation" -> reason == ClaimKind.ORGANISATION;
            case "polarity" -> reason == ClaimKind.POLARITY;
            case "scope" -> reason == ClaimKind.SCOPE;
            case "future" -> reason == ClaimKind.FUTURE;
            case "wrong-program" -> reason == ClaimKind.PROGRAM;
            default -> false;
        };
    }
}
