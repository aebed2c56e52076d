package kr.donggu.chatbot.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kr.donggu.chatbot.knowledge.Person;
import kr.donggu.chatbot.knowledge.ProgramDocument;

/**
 * Whether a question takes for granted something the documents contradict: a count ("5개 기업 지원했죠?" where
 * the documents say 4개소), a date, or a person in a role they do not hold ("보나드스토리 대표가 남병효 맞죠?").
 * The answer then corrects it with the documented value and never confirms the asserted one.
 */
final class Premises {

    private static final Pattern COUNT = Pattern.compile("(\\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\\s*(개소|개|곳|군데|명|가지)");
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일");
    private static final List<String> NUMERALS = List.of("한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열");

    /** The documented truth about a person the question misplaces: who holds the role, in which document. */
    record PersonCorrection(String docId, String person) {
    }

    private Premises() {
    }

    /** The question's count or date differs from that of the best evidence sentence that states one. */
    static boolean valueContradicted(SnapshotSearch.Understanding u, List<Evidence> evidence) {
        return differs(COUNT, u.text(), firstStating(COUNT, evidence), Premises::count)
                || differs(DAY, u.text(), firstStating(DAY, evidence), m -> m.group(1) + "/" + m.group(2));
    }

    private static String firstStating(Pattern p, List<Evidence> evidence) {
        return evidence.stream().filter(e -> !e.gap()).limit(3).map(Evidence::text).filter(t -> p.matcher(t).find())
                .findFirst().orElse("");
    }

    private static boolean differs(Pattern p, String question, String evidence,
                                   java.util.function.Function<MatchResult, String> value) {
        Set<String> asked = p.matcher(question).results().map(value).collect(Collectors.toSet());
        Set<String> units = asked.stream().map(Premises::unit).collect(Collectors.toSet());
        // 5명 is no answer to 다섯 개: only counts of the same kind of thing can contradict each other
        Set<String> stated = p.matcher(evidence).results().map(value)
                .filter(v -> p != COUNT || units.contains(unit(v))).collect(Collectors.toSet());
        return !asked.isEmpty() && !stated.isEmpty() && asked.stream().noneMatch(stated::contains);
    }

    /**
     * A sentence of a document the question names that states a count of the question's kind differing from the
     * question's ("7개 중에 제일 반응 좋았던 게 뭐예요?" where the program says 5개), wherever it ranks.
     */
    static Optional<Evidence> countCorrection(SnapshotSearch.Understanding u,
                                              java.util.function.Supplier<List<Evidence>> ranking) {
        Set<String> asked = COUNT.matcher(u.text()).results().map(Premises::count).collect(Collectors.toSet());
        if (asked.isEmpty() || u.namedDocs().isEmpty()) {
            return Optional.empty();   // most questions assert no count: the full ranking is not needed
        }
        List<Evidence> ranked = ranking.get();
        Set<String> units = asked.stream().map(Premises::unit).collect(Collectors.toSet());
        return ranked.stream().filter(e -> !e.gap() && u.namedDocs().contains(e.docId())).filter(e -> {
            Set<String> stated = COUNT.matcher(e.text()).results().map(Premises::count)
                    .filter(c -> units.contains(unit(c))).collect(Collectors.toSet());
            return !stated.isEmpty() && asked.stream().noneMatch(stated::contains);
        }).findFirst();
    }

    private static String unit(String count) {
        return count.replaceAll("^\\d+", "");
    }

    /** A count with its kind of unit: 4개소, 네 곳 and 네 가지 are the same, 4명 is not. */
    private static String count(MatchResult m) {
        String n = m.group(1);
        int value = NUMERALS.contains(n) ? NUMERALS.indexOf(n) + 1 : Integer.parseInt(n);
        String unit = switch (m.group(2)) {
            case "명" -> "people";
            default -> "items";
        };
        return value + unit;
    }

    /**
     * The question names a person with an organisation or a role that is not theirs: 남병효 as 대표 of
     * (주)보나드스토리 (he is 회장 of 동구사회적경제연합회) corrects to the organisation's own 대표; 김유미 as 회장
     * corrects to what 김유미 is.
     */
    static Optional<PersonCorrection> person(IndexSnapshot snap, SnapshotSearch.Understanding u) {
        for (Mention m : u.mentions()) {
            if (!m.isPerson()) {
                continue;
            }
            ProgramDocument own = snap.knowledge.find(m.docId()).orElseThrow();
            String role = roleOf(own, m.person());
            for (Mention other : u.mentions()) {
                ProgramDocument doc = snap.knowledge.find(other.docId()).orElseThrow();
                if (!other.isPerson() && !other.docId().equals(m.docId()) && !doc.people().isEmpty()) {
                    Person holder = doc.people().stream().filter(p -> u.compact().contains(p.role())).findFirst()
                            .orElse(doc.people().get(0));
                    return Optional.of(new PersonCorrection(doc.id(), holder.name()));
                }
            }
            boolean otherRole = snap.knowledge.documents().stream().flatMap(d -> d.people().stream())
                    .map(Person::role).filter(r -> !r.isBlank() && !r.equals(role)).anyMatch(u.compact()::contains);
            if (otherRole && !role.isBlank() && !u.compact().contains(role)) {
                return Optional.of(new PersonCorrection(own.id(), m.person()));
            }
        }
        return Optional.empty();
    }

    /**
     * "씨앗프로젝트는 사회공헌 프로젝트에 들어가는 거 맞죠?": the question puts a program under another program than
     * its documented parent.
     */
    static boolean wrongParent(IndexSnapshot snap, SnapshotSearch.Understanding u) {
        if (u.kind() != kr.donggu.chatbot.knowledge.QuestionKind.PART_OF) {
            return false;
        }
        for (String id : u.namedDocs()) {
            ProgramDocument child = snap.knowledge.find(id).orElseThrow();
            if (child.parent() != null && u.namedDocs().stream().anyMatch(other -> !other.equals(id)
                    && !other.equals(child.parent()) && snap.knowledge.find(other).map(d -> d.parent() == null
                    && d.kind() == kr.donggu.chatbot.knowledge.EntityKind.PROGRAM).orElse(false))) {
                return true;
            }
        }
        return false;
    }

    private static String roleOf(ProgramDocument doc, String name) {
        return doc.people().stream().filter(p -> p.name().equals(name)).map(Person::role).findFirst().orElse("");
    }
}
