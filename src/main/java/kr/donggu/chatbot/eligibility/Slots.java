package kr.donggu.chatbot.eligibility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.donggu.chatbot.knowledge.Criterion;
import kr.donggu.chatbot.knowledge.ProgramDocument;

/**
 * What the session has told us about the asker, and where the dialogue stands, as entries of the session's
 * dialogue map (all keys start with {@code elig.}, so other dialogues can share the map). Slots outlive a check:
 * "저희는 협동조합이에요" said once is not asked again for the next program.
 */
final class Slots {

    static final String PREFIX = "elig.";
    static final String TYPE = PREFIX + "type";
    static final String FORM = PREFIX + "form";
    static final String IN_DONGGU = PREFIX + "inDonggu";
    static final String PLACE = PREFIX + "place";
    static final String PROGRAM = PREFIX + "program";
    static final String PENDING = PREFIX + "pending";
    static final String FLOW = PREFIX + "flow";
    static final String IDLE = PREFIX + "idle";
    static final String FACT = PREFIX + "fact.";

    /** Where the dialogue stands: asking (a check under way), offering (a soft offer), paused by another question. */
    enum Flow { NONE, ASKING, OFFERING, PAUSED }

    private final Map<String, String> map;

    Slots(Map<String, String> state) {
        this.map = new HashMap<>(state);
    }

    Map<String, String> toMap() {
        return Map.copyOf(map);
    }

    Optional<EnterpriseType> type() {
        return Optional.ofNullable(map.get(TYPE)).flatMap(EnterpriseType::fromLabel);
    }

    void type(EnterpriseType type) {
        map.put(TYPE, type.label());
    }

    Optional<String> form() {
        return Optional.ofNullable(map.get(FORM));
    }

    void form(String form) {
        map.put(FORM, form);
    }

    Optional<Location> location() {
        if (!map.containsKey(IN_DONGGU)) {
            return Optional.empty();
        }
        return Optional.of(new Location(Boolean.parseBoolean(map.get(IN_DONGGU)), map.get(PLACE)));
    }

    void location(Location place) {
        map.put(IN_DONGGU, String.valueOf(place.inDonggu()));
        map.put(PLACE, place.label());
    }

    Optional<String> program() {
        return Optional.ofNullable(map.get(PROGRAM));
    }

    void program(String id) {
        map.put(PROGRAM, id);
    }

    String pending() {
        return map.getOrDefault(PENDING, "");
    }

    Flow flow() {
        return map.containsKey(FLOW) ? Flow.valueOf(map.get(FLOW)) : Flow.NONE;
    }

    void flow(Flow flow, String pending) {
        map.remove(IDLE);
        if (flow == Flow.NONE) {
            map.remove(FLOW);
            map.remove(PENDING);
            return;
        }
        map.put(FLOW, flow.name());
        map.put(PENDING, pending);
    }

    /** Turns answered by others while paused; a check paused too long is let go. */
    int idle() {
        return Integer.parseInt(map.getOrDefault(IDLE, "0"));
    }

    void idle(int turns) {
        map.put(IDLE, String.valueOf(turns));
    }

    Optional<ShortAnswers.Answer> fact(String criterion) {
        return Optional.ofNullable(map.get(FACT + criterion)).map(ShortAnswers.Answer::valueOf);
    }

    void fact(String criterion, ShortAnswers.Answer answer) {
        map.put(FACT + criterion, answer.name());
    }

    Applicant applicant() {
        Map<String, Boolean> facts = new HashMap<>();
        map.forEach((k, v) -> {
            if (k.startsWith(FACT) && !ShortAnswers.Answer.UNKNOWN.name().equals(v)) {
                facts.put(k.substring(FACT.length()), ShortAnswers.Answer.YES.name().equals(v));
            }
        });
        return new Applicant(type().orElse(null), location().orElse(null), facts);
    }

    /** What we know, as a person would restate it: "협동조합", "동구 소재", and with facts "공동 기획: 예". */
    List<String> known(ProgramDocument doc, boolean withFacts) {
        List<String> out = new ArrayList<>();
        String form = form().orElse(null);
        type().ifPresentOrElse(t -> out.add(form == null ? t.label() : form + " 형태의 " + t.label()),
                () -> form().ifPresent(out::add));
        location().ifPresent(l -> out.add(l.label() + " 소재"));
        if (withFacts && doc != null) {
            for (Criterion c : doc.eligibility()) {
                fact(c.key()).ifPresent(a -> out.add(c.label() + ": " + a.korean));
            }
        }
        return out;
    }
}
