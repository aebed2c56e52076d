package kr.donggu.chatbot.guard;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a claim is supported: by one evidence sentence that names the same things (and says the same
 * roles of the same people), has every fact, the same recurring dates and time words, no scope the claim lacks,
 * the same polarity, and most of the claim's content words. A summary may take its content words and its year from
 * a second sentence of the same document, never its names or other facts.
 */
final class Judge {

    /** Share of a claim's content stems its evidence must have: paraphrases keep most words, inventions do not. */
    static final double MIN_COVERAGE = 0.6;


    /** An evidence sentence with the document it belongs to. */
    record Sourced(Claim claim, String subject, Set<String> context, Set<String> stemKeys) {
        static Sourced of(Claim claim, String subject) {
            Set<String> context = new HashSet<>();
            claim.entities().forEach(e -> context.add(e.id()));
            if (subject != null) {
                context.add(subject);
            }
            return new Sourced(claim, subject, context, claim.stemKeys());
        }
    }

    /** The judgement of one claim: the evidence sentence it rests on, or why none does. */
    record Verdict(boolean supported, ClaimKind reason, String detail, String evidence) {
        static Verdict kept(String evidence) {
            return new Verdict(true, null, null, evidence);
        }
    }


    Verdict judge(Claim s, Set<String> inherited, List<Sourced> evidence) {
        return judge(s, inherited, evidence, false, MIN_COVERAGE);
    }

    /**
     * @param alwaysInherit the evidence must be about {@code inherited} even when the claim names its own subject:
     *                      an item of a list ("ESG 환경마켓 운영, …, 씨앗프로젝트") is an item of the list's topic
     * @param minCoverage   the share of content stems required; a list item's words are mostly the list's frame
     */
    Verdict judge(Claim s, Set<String> inherited, List<Sourced> evidence, boolean alwaysInherit, double minCoverage) {
        if (s.response() || (s.courtesy() && !alwaysInherit)) {
            return Verdict.kept(null);
        }
        if (s.absence()) {
            return absence(s, evidence);
        }
        Checks.Failure best = new Checks.Failure(ClaimKind.NO_SUPPORT, null);
        double bestCoverage = -1;
        for (Sourced e : evidence) {
            if (e.claim().key().equals(s.key())) {
                return Verdict.kept(e.claim().text());
            }
            Checks.Failure f = failure(s, inherited, e, alwaysInherit);
            double coverage = coverage(s, e.stemKeys());
            if (f == null && coverage >= minCoverage) {
                Checks.Failure contradicted = Checks.contradictedByDocument(s, e, evidence);
                return contradicted == null ? Verdict.kept(e.claim().text())
                        : new Verdict(false, contradicted.kind(), contradicted.detail(), null);
            }
            if (coverage > bestCoverage) {
                bestCoverage = coverage;
                best = f == null ? new Checks.Failure(ClaimKind.NO_SUPPORT, null) : f;
            }
        }
        Verdict summary = summary(s, inherited, evidence, alwaysInherit);
        return summary != null ? summary : new Verdict(false, best.kind(), best.detail(), null);
    }


    /**
     * "…은 자료에 나와 있지 않습니다" invents nothing unless it carries a fact or a name no document has. Its time and
     * scope words ("2026년 이후 계속 운영되는지는") are what is unknown, not claims.
     */
    private Verdict absence(Claim s, List<Sourced> evidence) {
        for (Facts.Fact f : s.facts()) {
            if (evidence.stream().noneMatch(e -> FactSupport.supports(e.claim(), f))) {
                return new Verdict(false, f.kind(), f.surface(), null);
            }
        }
        for (String anchor : s.anchors().keySet()) {
            if (evidence.stream().noneMatch(e -> e.claim().compact().contains(anchor.replace(" ", "")))) {
                return new Verdict(false, s.anchors().get(anchor), anchor, null);
            }
        }
        return Verdict.kept(null);
    }

    private Checks.Failure failure(Claim s, Set<String> inherited, Sourced e, boolean alwaysInherit) {
        Checks.Failure f = Checks.time(s, e.claim());
        f = f != null ? f : Checks.facts(s, e.claim(), false);
        f = f != null ? f : Checks.names(s, inherited, e, alwaysInherit);
        f = f != null ? f : Checks.scopeAndPolarity(s, e);
        return f;
    }





    /** Two sentences of one document: names, facts and cues from the first, content words and the year from both. */
    private Verdict summary(Claim s, Set<String> inherited, List<Sourced> evidence, boolean alwaysInherit) {
        if (s.stems().size() < 2) {
            return null;
        }
        for (Sourced e : evidence) {
            if (e.subject() == null || e.claim().absence() || Checks.time(s, e.claim()) != null
                    || Checks.facts(s, e.claim(), true) != null || Checks.names(s, inherited, e, alwaysInherit) != null
                    || Checks.scopeAndPolarity(s, e) != null) {
                continue;
            }
            for (Sourced p : evidence) {
                if (p != e && e.subject().equals(p.subject()) && !p.claim().absence() && agrees(s, p.claim())
                        && coverage(s, e.stemKeys(), p.stemKeys()) >= MIN_COVERAGE
                        && yearsIn(s, e.claim(), p.claim())) {
                    Checks.Failure contradicted = Checks.contradictedByDocument(s, e, evidence);
                    return contradicted == null ? Verdict.kept(e.claim().text() + " " + p.claim().text())
                            : new Verdict(false, contradicted.kind(), contradicted.detail(), null);
                }
            }
        }
        return null;
    }

    /** The partner of a summary says nothing the claim contradicts: no polarity or scope of its own. */
    private static boolean agrees(Claim s, Claim p) {
        return Checks.POLARITY.stream().allMatch(c -> !p.has(c) || s.has(c));
    }

    private static boolean yearsIn(Claim s, Claim e, Claim p) {
        return s.facts().stream().filter(FactSupport::isYear)
                .allMatch(f -> FactSupport.supports(e, f) || FactSupport.supports(p, f));
    }

    static double coverage(Claim s, Set<String> evidenceKeys) {
        return coverage(s, evidenceKeys, Set.of());
    }

    /** The share of the claim's stems that have a synonym key in either set. */
    static double coverage(Claim s, Set<String> keys, Set<String> moreKeys) {
        if (s.stems().isEmpty()) {
            return 1;
        }
        int covered = 0;
        for (Set<String> stem : s.stems()) {
            for (String key : stem) {
                if (keys.contains(key) || moreKeys.contains(key)) {
                    covered++;
                    break;
                }
            }
        }
        return (double) covered / s.stems().size();
    }

}
