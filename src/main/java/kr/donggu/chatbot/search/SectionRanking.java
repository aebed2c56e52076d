package kr.donggu.chatbot.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders retrieved sections: programs by their best section's score, and within a program, sections by score
 * plus a bonus for the headings that answer this kind of question (일정 for 언제, 대상 for 누가). The bonus is a share
 * of the program's best score, so it picks the section within a program without changing which program wins.
 * The best program's sections come first, then each other program's best, then the rest, so a runner-up
 * program still appears early.
 */
final class SectionRanking {

    /** Bonus for the first matching heading, as a share of the program's best score; half for the second. */
    private static final double HINT = 1.0;
    /** A question without cue words says little about the section it wants. */
    private static final double DEFAULT_HINT = 0.3;
    private static final int LEADING_OF_BEST = Integer.MAX_VALUE;

    record Candidate(int luceneDoc, String docId, String heading, double score) {
    }

    private SectionRanking() {
    }

    static List<Candidate> order(List<Candidate> candidates, QuestionKind kind, int max) {
        Map<String, List<Candidate>> byProgram = new LinkedHashMap<>();
        Map<String, Double> best = new LinkedHashMap<>();
        for (Candidate c : candidates) {   // candidates arrive best first, so the first seen is the program's best
            byProgram.computeIfAbsent(c.docId(), k -> new ArrayList<>()).add(c);
            best.putIfAbsent(c.docId(), c.score());
        }
        List<List<Candidate>> programs = new ArrayList<>();
        for (var entry : byProgram.entrySet()) {
            double top = best.get(entry.getKey());
            List<Candidate> sections = new ArrayList<>(entry.getValue());
            sections.sort(Comparator.comparingDouble((Candidate c) -> -(c.score() + bonus(c.heading(), kind) * top)));
            programs.add(sections);
        }
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < programs.size(); i++) {
            List<Candidate> p = programs.get(i);
            out.addAll(p.subList(0, Math.min(i == 0 ? LEADING_OF_BEST : 1, p.size())));
        }
        for (int i = 0; i < programs.size(); i++) {
            List<Candidate> p = programs.get(i);
            out.addAll(p.subList(Math.min(i == 0 ? LEADING_OF_BEST : 1, p.size()), p.size()));
        }
        return out.subList(0, Math.min(max, out.size()));
    }

    private static double bonus(String heading, QuestionKind kind) {
        int rank = kind.headings().indexOf(heading);
        if (rank < 0) {
            return 0;
        }
        return (kind == QuestionKind.WHAT ? DEFAULT_HINT : HINT) / (rank + 1);
    }
}
