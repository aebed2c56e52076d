package kr.donggu.chatbot.guard;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The checks of a claim against one evidence sentence, each returning the first way it fails or null: time words
 * and recurrence, facts, names (with roles and the subject the claim inherits), scope and polarity, and evaluative
 * words the evidence's document never uses.
 */
final class Checks {

    /** How a claim fails against an evidence sentence, and the words at fault. */
    record Failure(ClaimKind kind, String detail) {
    }

    private static final Set<Cues.Cls> TIME = EnumSet.of(Cues.Cls.CONTINUE, Cues.Cls.CURRENT);
    /** 함께 is left out: a model adds it freely, and a partner it names is a name, checked as such. */
    private static final Set<Cues.Cls> SCOPE = EnumSet.of(Cues.Cls.SOLO, Cues.Cls.ALL, Cues.Cls.SOME, Cues.Cls.ONLY);
    static final Set<Cues.Cls> POLARITY = EnumSet.of(Cues.Cls.NEGATION, Cues.Cls.BEYOND);
    private static final Set<Names.EntityKind> SUBJECTS = EnumSet.of(Names.EntityKind.PROGRAM,
            Names.EntityKind.ORGANISATION, Names.EntityKind.PERSON, Names.EntityKind.TYPE, Names.EntityKind.OFFICE);

    private Checks() {
    }

    static Failure time(Claim s, Claim e) {
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

    static Failure facts(Claim s, Claim e, boolean yearsElsewhere) {
        for (Facts.Fact f : s.facts()) {
            if (!FactSupport.supports(e, f) && !(yearsElsewhere && FactSupport.isYear(f))) {
                return new Failure(f.kind(), f.surface());
            }
        }
        return null;
    }

    static Failure names(Claim s, Set<String> inherited, Judge.Sourced e, boolean alwaysInherit) {
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

    static Failure scopeAndPolarity(Claim s, Judge.Sourced e) {
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

    /**
     * An evaluative word (긍정, 적극, 유료: one with an opposite) must be the document's own word, or one of the same
     * meaning, though perhaps in another sentence: "소극적으로 참여" against a document that says "적극적인 참여",
     * or "유료로 운영" against a document that says nothing of fees, is not a paraphrase.
     */
    static Failure contradictedByDocument(Claim s, Judge.Sourced support, List<Judge.Sourced> evidence) {
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

    private static ClaimKind kindOf(Names.EntityKind kind) {
        return switch (kind) {
            case PROGRAM -> ClaimKind.PROGRAM;
            case PERSON -> ClaimKind.PERSON_ROLE;
            case PLACE -> ClaimKind.PLACE;
            default -> ClaimKind.ORGANISATION;
        };
    }
}
