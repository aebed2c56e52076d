package kr.donggu.chatbot.eligibility;

import kr.donggu.chatbot.knowledge.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kr.donggu.chatbot.knowledge.Criterion;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;

/**
 * The guided eligibility check in chat, as a state machine over a plain string map that the chat layer stores with
 * the session (so it survives a restart). It starts on "저희 협동조합도 참여할 수 있나요?", takes what the user already
 * said (kind, place, program), asks for one missing thing at a time with quick replies, then gives the engine's
 * verdict. {@link #handle} returns empty when the message is not for it: while a check is under way that means the
 * user changed the subject, and the caller must clear the dialogue state and answer normally.
 */
public final class EligibilityDialogue {

    /** One reply of the dialogue; {@code nextState} empty means the dialogue is over. */
    public record Turn(String text, List<String> quickReplies, Map<String, String> nextState, List<String> sourceKeys,
                       String programId, boolean answered) {
    }

    static final String FLOW = "flow";
    static final String PENDING = "pending";
    static final String ALL = "*";
    private static final Pattern CAN = Pattern.compile("(참여|신청|참가|지원|가입|참석)(할수|가능|해도|되나|돼|하려면|할자격)"
            + "|자격|대상이(되|돼)|해당(되|돼)|eligib|can(we|i)(join|apply|takepart|participate)");
    private static final Pattern SELF = Pattern.compile("저희|우리|제가|저도|저는|내가|우리도|저희도|우리회사|our|we|^i|myorg");
    private static final Pattern START = Pattern.compile("자격확인|참여가능여부|참여가능한사업|자격이되는사업");
    private static final Pattern ALL_PROGRAMS = Pattern.compile("전체|모든|전부|다확인|all");

    private final EligibilityService service;

    public EligibilityDialogue(EligibilityService service) {
        this.service = service;
    }

    public Optional<Turn> handle(String message, Map<String, String> state, String currentProgramId) {
        Map<String, String> s = new HashMap<>(state);
        KnowledgeBase kb = service.knowledge();
        if (s.containsKey(FLOW) && DialogueAnswers.absorb(message, s, kb)) {
            DialogueAnswers.absorbMentions(message, s, kb);
            return Optional.of(next(s, kb));
        }
        if (!startsCheck(message)) {
            return Optional.empty();
        }
        s.clear();
        s.put(FLOW, "eligibility");
        DialogueAnswers.absorbMentions(message, s, kb);
        if (!s.containsKey(DialogueAnswers.PROGRAM) && currentProgramId != null
                && kb.find(currentProgramId).map(d -> !d.eligibility().isEmpty()).orElse(false)) {
            s.put(DialogueAnswers.PROGRAM, currentProgramId);
        }
        return Optional.of(next(s, kb));
    }

    static boolean startsCheck(String message) {
        String compact = Texts.compact(message);
        if (START.matcher(compact).find()) {
            return true;
        }
        return CAN.matcher(compact).find()
                && (SELF.matcher(compact).find() || EnterpriseType.recognise(message).filter(t -> t != EnterpriseType.INDIVIDUAL).isPresent());
    }

    private Turn next(Map<String, String> s, KnowledgeBase kb) {
        if (!s.containsKey(DialogueAnswers.PROGRAM)) {
            return ask(s, DialogueAnswers.PROGRAM, "어떤 사업의 참여 가능 여부를 확인해 드릴까요?", programChoices(kb));
        }
        if (!s.containsKey(DialogueAnswers.TYPE)) {
            return ask(s, DialogueAnswers.TYPE, "기업(단체)의 유형을 알려 주세요.", EnterpriseType.labels());
        }
        List<ProgramDocument> programs = programs(s, kb);
        if (!s.containsKey(DialogueAnswers.LOCATION) && uses(programs, Criterion.LOCATION)) {
            return ask(s, DialogueAnswers.LOCATION, "기업(단체)의 소재지는 어디인가요?", List.of("광주 동구", "광주 다른 구", "광주 밖"));
        }
        if (programs.size() == 1 && !alreadyIneligible(s, programs.get(0))) {
            for (Criterion c : programs.get(0).eligibility()) {
                if (c.isYesNo() && !s.containsKey(DialogueAnswers.FACT + c.key())) {
                    return ask(s, DialogueAnswers.FACT + c.key(), c.question(), List.of("예", "아니요", "잘 모르겠어요"));
                }
            }
        }
        return verdict(s, programs);
    }

    /** No need to ask more when a stated rule already rules the applicant out. */
    private boolean alreadyIneligible(Map<String, String> s, ProgramDocument program) {
        return service.verdicts(DialogueAnswers.applicant(s), program.id()).get(0).verdict() == Verdict.INELIGIBLE;
    }

    private Turn ask(Map<String, String> s, String pending, String question, List<String> choices) {
        s.put(PENDING, pending);
        String program = s.get(DialogueAnswers.PROGRAM);
        return new Turn(question, choices, Map.copyOf(s), List.of(), ALL.equals(program) ? null : program, true);
    }

    private Turn verdict(Map<String, String> s, List<ProgramDocument> programs) {
        Applicant applicant = DialogueAnswers.applicant(s);
        List<ProgramVerdict> verdicts = new ArrayList<>();
        programs.forEach(p -> verdicts.addAll(service.verdicts(applicant, p.id())));
        LinkedHashSet<String> sources = new LinkedHashSet<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < verdicts.size(); i++) {
            ProgramVerdict v = verdicts.get(i);
            ProgramDocument doc = programs.get(i);
            text.append(v.title()).append(" 참여 가능 여부: ").append(v.verdict().korean()).append('\n');
            if (verdicts.size() == 1) {
                v.reasons().forEach(r -> text.append("- ").append(r.explanation()).append('\n'));
            }
            doc.eligibility().forEach(c -> sources.add(doc.id() + "\t" + (c.section() == null ? "개요" : c.section())));
        }
        text.append("최종 참여 가능 여부는 광주광역시 동구청 사회적경제 담당 부서에 확인해 주세요.");
        String programId = programs.size() == 1 ? programs.get(0).id() : null;
        return new Turn(text.toString(), List.of("신청은 어떻게 하나요?", "담당자에게 문의하고 싶어요"), Map.of(),
                List.copyOf(sources), programId, true);
    }

    private static List<ProgramDocument> programs(Map<String, String> s, KnowledgeBase kb) {
        String id = s.get(DialogueAnswers.PROGRAM);
        if (ALL.equals(id)) {
            return kb.documents().stream().filter(d -> !d.eligibility().isEmpty()).toList();
        }
        return kb.find(id).map(List::of).orElse(List.of());
    }

    private static boolean uses(List<ProgramDocument> programs, String key) {
        return programs.stream().anyMatch(p -> p.eligibility().stream().anyMatch(c -> c.key().equals(key)));
    }

    private static List<String> programChoices(KnowledgeBase kb) {
        List<String> out = new ArrayList<>();
        kb.documents().stream().filter(d -> !d.eligibility().isEmpty() && d.parent() == null)
                .limit(5).forEach(d -> out.add(d.title()));
        out.add("전체 사업");
        return out;
    }

    static boolean isAllPrograms(String message) {
        return ALL_PROGRAMS.matcher(Texts.compact(message)).find();
    }
}
