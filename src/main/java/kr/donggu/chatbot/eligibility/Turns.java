package kr.donggu.chatbot.eligibility;

import java.util.List;
import kr.donggu.chatbot.eligibility.EligibilityDialogue.Turn;
import kr.donggu.chatbot.eligibility.Slots.Flow;
import kr.donggu.chatbot.knowledge.Criterion;
import kr.donggu.chatbot.knowledge.ProgramDocument;

/** Builds each kind of reply of the dialogue from the slots, moving the dialogue to its next step. */
final class Turns {

    static final String TYPE = "type";
    static final String FORM = "form";
    static final String LOCATION = "location";
    static final String FACT = "fact:";
    static final String PROGRAM = "program";
    static final String ANOTHER = "another";
    static final List<String> YES_NO = List.of("예", "아니요", "잘 모르겠어요");
    static final List<String> LOCATIONS = List.of("광주 동구", "광주 다른 구", "광주 밖");
    static final List<String> FORM_CHOICES = List.of("사회적기업", "예비사회적기업", "마을기업", "자활기업", "해당 없음");
    static final List<String> AFTER_VERDICT = List.of("네", "아니요", "신청은 어떻게 하나요?", "담당자에게 문의하고 싶어요");
    private static final String SMALL_TALK = "small_talk";

    private final EligibilityService service;
    private final Wording wording;
    private final Slots slots;

    Turns(EligibilityService service, Wording wording, Slots slots) {
        this.service = service;
        this.wording = wording;
        this.slots = slots;
    }

    /** The next question that could change the outcome for {@code doc}, or the verdict when there is none. */
    Turn next(ProgramDocument doc) {
        return next(doc, false);
    }

    /** Back to a check after another question: the same step, said as a continuation. */
    Turn resume(ProgramDocument doc) {
        return next(doc, true);
    }

    private Turn next(ProgramDocument doc, boolean resumed) {
        slots.program(doc.id());
        if (slots.type().filter(t -> t == EnterpriseType.INDIVIDUAL).isPresent()) {
            return done(doc, wording.resident(doc, slots), List.of("개요", "대상"));
        }
        Criterion c = Planner.next(doc, slots);
        if (c == null) {
            Applicant a = slots.applicant();
            String text = wording.verdict(doc, slots, Planner.outcome(doc, a), service.check(doc, a));
            return done(doc, text, List.of("개요", "대상"));
        }
        return ask(doc, c, resumed);
    }

    private Turn ask(ProgramDocument doc, Criterion c, boolean resumed) {
        String pending;
        String question;
        List<String> chips;
        if (Criterion.ENTERPRISE_TYPE.equals(c.key())) {
            pending = slots.form().isPresent() ? FORM : TYPE;
            question = slots.form().map(Wording::formQuestion).orElse(Wording.TYPE_QUESTION);
            chips = slots.form().isPresent() ? FORM_CHOICES : EnterpriseType.labels();
        } else if (Criterion.LOCATION.equals(c.key())) {
            pending = LOCATION;
            question = Wording.LOCATION_QUESTION;
            chips = LOCATIONS;
        } else {
            pending = FACT + c.key();
            question = c.question();
            chips = YES_NO;
        }
        int remaining = Planner.remaining(doc, slots);
        slots.flow(Flow.ASKING, pending);
        List<String> known = slots.known(doc, false);
        String text = resumed ? Wording.resumed(doc, known, question)
                : Wording.question(doc, known, remaining, question);
        return new Turn(text, chips, slots.toMap(), List.of(), doc.id(), true, null);
    }

    private Turn done(ProgramDocument doc, String text, List<String> headings) {
        slots.flow(Flow.OFFERING, ANOTHER);
        return new Turn(text, AFTER_VERDICT, slots.toMap(), keys(doc, headings), doc.id(), true, null);
    }

    Turn aboutAll(List<ProgramDocument> programs) {
        slots.flow(Flow.OFFERING, PROGRAM);
        List<String> keys = programs.stream().flatMap(d -> keys(d, List.of("대상")).stream()).toList();
        return new Turn(wording.aboutAll(programs, slots), programs.stream().map(ProgramNames::chip).toList(),
                slots.toMap(), keys, null, true, null);
    }

    Turn aboutProgram(ProgramDocument doc) {
        slots.program(doc.id());
        slots.flow(Flow.OFFERING, TYPE);
        return new Turn(wording.aboutProgram(doc), EnterpriseType.labels(), slots.toMap(), keys(doc, List.of("대상")),
                doc.id(), true, null);
    }

    /** "네" to "다른 사업도 확인해 드릴까요?": the main programs but the one just checked. */
    Turn pickProgram(List<ProgramDocument> programs) {
        String current = slots.program().orElse("");
        slots.flow(Flow.OFFERING, PROGRAM);
        String text = Wording.restated(slots.known(null, false)) + Wording.PICK_PROGRAM;
        List<String> chips = programs.stream().filter(d -> !d.id().equals(current)).map(ProgramNames::chip).toList();
        return new Turn(text, chips, slots.toMap(), List.of(), null, true, null);
    }

    Turn left() {
        return closing(Wording.LEFT);
    }

    Turn closed() {
        return closing(Wording.CLOSED);
    }

    private Turn closing(String text) {
        slots.flow(Flow.NONE, null);
        return new Turn(text, List.of(), slots.toMap(), List.of(), null, false, SMALL_TALK);
    }

    /** "docId\tsection" of the sections a reply quotes (개요: what the program was; 대상: who took part). */
    private static List<String> keys(ProgramDocument doc, List<String> headings) {
        return headings.stream().filter(h -> doc.section(h).isPresent()).map(h -> doc.id() + "\t" + h).toList();
    }
}
