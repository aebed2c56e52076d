package kr.donggu.chatbot.guard;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
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


    private static final Set<Cues.Cls> TIME = EnumSet.of(Cues.Cls.CONTINUE, Cues.Cls.CURRENT);
    /** 함께 is left out: a model adds it freely, and a partner it names is a name, checked as such. */
    private static final Set<Cues.Cls> SCOPE = EnumSet.of(Cues.Cls.SOLO, Cues.Cls.ALL, Cues.Cls.SOME, Cues.Cls.ONLY);
    private static final Set<Cues.Cls> POLARITY = EnumSet.of(Cues.Cls.NEGATION, Cues.Cls.BEYOND);
    private static final Set<Names.EntityKind> SUBJECTS = EnumSet.of(Names.EntityKind.PROGRAM,
            Names.EntityKind.ORGANISATION, Names.EntityKind.PERSON, Names.EntityKind.TYPE, Names.EntityKind.OFFICE);

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

    private record Failure(ClaimKind kind, String detail) {
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
        Failure best = new Failure(ClaimKind.NO_SUPPORT, null);
        double bestCoverage = -1;
        for (Sourced e : evidence) {
            if (e.claim().key().equals(s.key())) {
                return Verdict.kept(e.claim().text());
            }
            Failure f = failure(s, inherited, e, alwaysInherit);
            double coverage = coverage(s, e.stemKeys());
            if (f == null && coverage >= minCoverage) {
                Failure contradicted = contradictedByDocument(s, e, evidence);
                return contradicted == null ? Verdict.kept(e.claim().text())
                        : new Verdict(false, contradicted.kind(), contradicted.detail(), null);
            }
            if (coverage > bestCoverage) {
                bestCoverage = coverage;
                best = f == null ? new Failure(ClaimKind.NO_SUPPORT, null) : f;
            }
        }
        Verdict summary = summary(s, inherited, evidence, alwaysInherit);
        return summary != null ? summary : new Verdict(false, best.kind(), best.detail(), null);
    }

    /**
     * An evaluative word (긍정, 적극, 유료: one with an opposite) must be the document's own word, or one of the same
     * meaning, though perhaps in another sentence: "소극적으로 참여" against a document that says "적극적인 참여",
     * or "유료로 운영" against a document that says nothing of fees, is not a paraphrase.
     */
    private static Failure contradictedByDocument(Claim s, Sourced support, List<Sourced> evidence) {
        for (String word : s.opposed().keySet()) {
            Set<String> keys = s.stems().stream().filter(k -> k.contains(word)).findFirst().orElse(Set.of(word));
            boolean documentSaysIt = evidence.stream().filter(x -> Objects.equals(x.subject(), support.subject()))
                    .anyMatch(x -> keys.stream().anyMatch(x.stemKeys()::contains));
            if (!documentSaysIt) {
                return new Failure(ClaimKind.POLARITY, word);
            }
        }
        return null;
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

    private Failure failure(Claim s, Set<String> inherited, Sourced e, boolean alwaysInherit) {
        Failure f = time(s, e.claim());
        f = f != null ? f : facts(s, e.claim(), false);
        f = f != null ? f : names(s, inherited, e, alwaysInherit);
        f = f != null ? f : scopeAndPolarity(s, e);
        return f;
    }

    private static Failure time(Claim s, Claim e) {
        for (Cues.Cls cls : TIME) {
            for (String cue : s.cues(cls)) {
                if (!e.cues(Cues.Cls.CONTINUE).contains(cue) && !e.cues(Cues.Cls.CURRENT).contains(cue)) {
                    return new Failure(ClaimKind.FUTURE, cue);
                }
            }
        }
        boolean future = s.has(Cues.Cls.PLAN) || s.has(Cues.Cls.CONTINUE) || s.has(Cues.Cls.CURRENT);
        if (s.has(Cues.Cls.PLAN) && (!e.has(Cues.Cls.PLAN) || (e.has(Cues.Cls.REPORTED) && !s.has(Cues.Cls.REPORTED)))
                || future && e.absence()) {
            return new Failure(ClaimKind.FUTURE, String.join(",", s.cues(Cues.Cls.PLAN)));
        }
        for (String cue : s.cues(Cues.Cls.RECURRENCE)) {
            if (!e.cues(Cues.Cls.RECURRENCE).contains(cue)) {
                return new Failure(ClaimKind.RECURRENCE, cue);
            }
        }
        for (String cue : s.cues(Cues.Cls.PERIOD)) {
            if (!e.cues(Cues.Cls.PERIOD).contains(cue)) {
                return new Failure(ClaimKind.DATE, cue);
            }
        }
        return null;
    }

    private static Failure facts(Claim s, Claim e, boolean yearsElsewhere) {
        for (Facts.Fact f : s.facts()) {
            if (!FactSupport.supports(e, f) && !(yearsElsewhere && FactSupport.isYear(f))) {
                return new Failure(f.kind(), f.surface());
            }
        }
        return null;
    }

    private static Failure names(Claim s, Set<String> inherited, Sourced e, boolean alwaysInherit) {
        for (Names.Entity entity : s.entities()) {
            if (entity.kind() != Names.EntityKind.DISTRICT && !e.context().contains(entity.id())) {
                return new Failure(kindOf(entity.kind()), entity.id());
            }
        }
        for (String role : s.roles()) {
            if (!e.claim().roles().contains(role)) {
                return new Failure(ClaimKind.PERSON_ROLE, role);
            }
        }
        for (String pair : s.pairs()) {
            if (!e.claim().pairs().contains(pair)) {
                return new Failure(ClaimKind.PERSON_ROLE, pair);
            }
        }
        for (var anchor : s.anchors().entrySet()) {
            if (!e.claim().compact().contains(anchor.getKey().replace(" ", ""))) {
                return new Failure(anchor.getValue(), anchor.getKey());
            }
        }
        boolean explicit = !alwaysInherit && s.entities().stream().anyMatch(x -> SUBJECTS.contains(x.kind()));
        if (!explicit && !inherited.isEmpty() && inherited.stream().noneMatch(e.context()::contains)) {
            return new Failure(ClaimKind.PROGRAM, String.join(",", inherited));
        }
        return null;
    }

    private static Failure scopeAndPolarity(Claim s, Sourced e) {
        for (Cues.Cls cls : SCOPE) {
            if (s.has(cls) && !e.claim().has(cls)) {
                return new Failure(ClaimKind.SCOPE, String.join(",", s.cues(cls)));
            }
        }
        if (s.has(Cues.Cls.JOINT) && e.claim().has(Cues.Cls.SOLO)) {
            return new Failure(ClaimKind.SCOPE, String.join(",", s.cues(Cues.Cls.JOINT)));
        }
        for (var opposed : s.opposed().entrySet()) {
            if (!e.stemKeys().contains(opposed.getKey()) && opposed.getValue().stream().anyMatch(e.stemKeys()::contains)) {
                return new Failure(ClaimKind.POLARITY, opposed.getKey());
            }
        }
        for (Cues.Cls cls : POLARITY) {
            if (s.has(cls) != e.claim().has(cls)) {
                return new Failure(ClaimKind.POLARITY, cls.fileName());
            }
        }
        return e.claim().absence() ? new Failure(ClaimKind.POLARITY, "absence") : null;
    }

    /** Two sentences of one document: names, facts and cues from the first, content words and the year from both. */
    private Verdict summary(Claim s, Set<String> inherited, List<Sourced> evidence, boolean alwaysInherit) {
        if (s.stems().size() < 2) {
            return null;
        }
        for (Sourced e : evidence) {
            if (e.subject() == null || e.claim().absence() || time(s, e.claim()) != null
                    || facts(s, e.claim(), true) != null || names(s, inherited, e, alwaysInherit) != null
                    || scopeAndPolarity(s, e) != null) {
                continue;
            }
            for (Sourced p : evidence) {
                if (p != e && e.subject().equals(p.subject()) && !p.claim().absence() && agrees(s, p.claim())
                        && coverage(s, e.stemKeys(), p.stemKeys()) >= MIN_COVERAGE
                        && yearsIn(s, e.claim(), p.claim())) {
                    Failure contradicted = contradictedByDocument(s, e, evidence);
                    return contradicted == null ? Verdict.kept(e.claim().text() + " " + p.claim().text())
                            : new Verdict(false, contradicted.kind(), contradicted.detail(), null);
                }
            }
        }
        return null;
    }

    /** The partner of a summary says nothing the claim contradicts: no polarity or scope of its own. */
    private static boolean agrees(Claim s, Claim p) {
        return POLARITY.stream().allMatch(c -> !p.has(c) || s.has(c));
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

    private static ClaimKind kindOf(Names.EntityKind kind) {
        return switch (kind) {
            case PROGRAM -> ClaimKind.PROGRAM;
            case PERSON -> ClaimKind.PERSON_ROLE;
            case PLACE -> ClaimKind.PLACE;
            default -> ClaimKind.ORGANISATION;
        };
    }
}
