package kr.donggu.chatbot.eligibility;

import kr.donggu.chatbot.knowledge.Texts;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;

/** Reads what a message says for the eligibility dialogue: the pending answer, and anything mentioned on the way. */
final class DialogueAnswers {

    static final String PROGRAM = "program";
    static final String TYPE = "type";
    static final String LOCATION = "location";
    static final String FACT = "fact.";
    private static final Pattern YES = Pattern.compile("^(예|네|넵|응|어|맞아|맞아요|있어요|있습니다|그렇습니다|그래요|yes|y)\\b|있어|맞습니다|해요$");
    private static final Pattern NO = Pattern.compile("^(아니|아뇨|아니요|아니오|없어|없습니다|no|n)\\b|없어요|안해|않");
    private static final Pattern QUESTION = Pattern.compile("\\?|언제|어디|뭐|무엇|누가|누구|어떻게|왜|얼마|몇");
    private static final Pattern UNKNOWN = Pattern.compile("모르|몰라|글쎄|아직|unknown|notsure");

    private DialogueAnswers() {
    }

    /** Takes the answer to the pending question; false when the message does not answer it. */
    static boolean absorb(String message, Map<String, String> s, KnowledgeBase kb) {
        if (QUESTION.matcher(message).find()) {
            return false;   // "네트워킹 데이는 언제 열렸어요?" names a program but is a new question, not an answer
        }
        String pending = s.getOrDefault(EligibilityDialogue.PENDING, "");
        boolean understood = switch (pending) {
            case PROGRAM -> putIf(s, PROGRAM, program(message, kb)
                    .orElse(EligibilityDialogue.isAllPrograms(message) ? EligibilityDialogue.ALL : null));
            case TYPE -> putIf(s, TYPE, EnterpriseType.recognise(message).map(EnterpriseType::label).orElse(null));
            case LOCATION -> putIf(s, LOCATION, Location.recognise(message).map(l -> l.inDonggu() ? "in" : "out").orElse(null));
            default -> pending.startsWith(FACT) && putIf(s, pending, yesNo(message));
        };
        if (understood) {
            s.remove(EligibilityDialogue.PENDING);
        }
        return understood;
    }

    /** Kind, place and program named anywhere in the message ("동구에 있는 협동조합인데 환경마켓 …"). */
    static void absorbMentions(String message, Map<String, String> s, KnowledgeBase kb) {
        EnterpriseType.recognise(message).ifPresent(t -> s.putIfAbsent(TYPE, t.label()));
        Location.recognise(message).ifPresent(l -> s.putIfAbsent(LOCATION, l.inDonggu() ? "in" : "out"));
        program(message, kb).ifPresent(id -> s.putIfAbsent(PROGRAM, id));
    }

    static Applicant applicant(Map<String, String> s) {
        Map<String, Boolean> facts = new HashMap<>();
        s.forEach((k, v) -> {
            if (k.startsWith(FACT) && !"unknown".equals(v)) {
                facts.put(k.substring(FACT.length()), Boolean.valueOf(v));
            }
        });
        Location location = s.get(LOCATION) == null ? null
                : new Location("in".equals(s.get(LOCATION)), "in".equals(s.get(LOCATION)) ? "광주광역시 동구" : "동구 밖");
        return new Applicant(s.get(TYPE) == null ? null : EnterpriseType.fromLabel(s.get(TYPE)).orElse(null),
                location, facts);
    }

    /** The program whose title or a distinctive keyword the message contains; the longest match wins. */
    static Optional<String> program(String message, KnowledgeBase kb) {
        String compact = Texts.compact(message);
        ProgramDocument best = null;
        int bestLength = 0;
        for (ProgramDocument d : kb.documents()) {
            if (d.eligibility().isEmpty()) {
                continue;
            }
            for (String name : names(d)) {
                String n = Texts.compact(name);
                if (n.length() >= 3 && n.length() > bestLength && compact.contains(n)) {
                    best = d;
                    bestLength = n.length();
                }
            }
        }
        return Optional.ofNullable(best).map(ProgramDocument::id);
    }

    private static java.util.List<String> names(ProgramDocument d) {
        java.util.List<String> names = new java.util.ArrayList<>(d.keywords());
        names.add(d.title());
        return names;
    }

    private static String yesNo(String message) {
        String m = message.strip().toLowerCase(java.util.Locale.ROOT);
        if (UNKNOWN.matcher(m).find()) {
            return "unknown";
        }
        if (NO.matcher(m).find()) {
            return "false";
        }
        return YES.matcher(m).find() ? "true" : null;
    }

    private static boolean putIf(Map<String, String> s, String key, String value) {
        if (value == null) {
            return false;
        }
        s.put(key, value);
        return true;
    }
}
