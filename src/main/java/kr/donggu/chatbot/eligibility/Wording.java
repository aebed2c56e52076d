package kr.donggu.chatbot.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kr.donggu.chatbot.knowledge.Criterion;
import kr.donggu.chatbot.knowledge.Particles;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.Texts;

/**
 * The dialogue's sentences. Facts come only from the documents (their 개요 and 대상 sections, a criterion's
 * label, list, note and quote); these sentences only frame them, restate what the asker said, and send what the
 * documents do not settle to the district office.
 */
final class Wording {

    static final String OFFICE = "광주광역시 동구청 사회적경제 담당 부서";
    static final String TYPE_QUESTION = "기업이나 단체의 유형은 무엇인가요?";
    static final String LOCATION_QUESTION = "기업이나 단체의 소재지는 어디인가요?";
    static final String ANOTHER = "다른 사업도 확인해 드릴까요?";
    static final String PICK_PROGRAM = "확인하고 싶은 사업을 골라 주세요.";
    static final String LEFT = "참여 자격 확인을 마칠게요. 다른 궁금한 점을 말씀해 주세요.";
    static final String CLOSED = "알겠습니다. 더 궁금하신 점이 있으면 말씀해 주세요.";
    private static final String NOT_STATED = "참여 자격(기업 유형, 소재지 등)은 자료에 명시되어 있지 않습니다.";
    private static final String NONE_STATED = "자료에는 어느 사업에도 참여 자격(기업 유형, 소재지 등)이 명시되어 있지 않습니다.";

    private final Pattern notStated;

    Wording(Pattern notStated) {
        this.notStated = notStated;
    }

    static String name(ProgramDocument doc) {
        return "「" + doc.title() + "」";
    }

    /** "협동조합, 동구 소재로 확인했습니다. 「…」 확인을 위해 한 가지만 여쭐게요: …" */
    static String question(ProgramDocument doc, List<String> known, int remaining, String question) {
        String intro = remaining <= 1 ? " 확인을 위해 한 가지만 여쭐게요: " : " 확인을 위해 몇 가지 여쭐게요. 먼저, ";
        return restated(known) + name(doc) + intro + question;
    }

    /** The same question after an interruption: "…으로 확인했습니다. 「…」 확인을 이어서 할게요. …" */
    static String resumed(ProgramDocument doc, List<String> known, String question) {
        return restated(known) + name(doc) + " 확인을 이어서 할게요. " + question;
    }

    /** "주식회사는 법적 형태여서 …": a legal form says nothing of the kind; a certified 사회적기업 may be a 주식회사. */
    static String formNote(String form) {
        return Particles.attach(form, Particles.TOPIC) + " 법적 형태여서 그것만으로는 기업 유형을 알 수 없습니다"
                + "(사회적기업 인증을 받은 주식회사도 있습니다).";
    }

    static String formQuestion(String form) {
        return formNote(form) + " 사회적기업 인증이나 예비사회적기업·마을기업 지정, 자활기업 인정을 받으셨나요?";
    }

    static String restated(List<String> known) {
        return known.isEmpty() ? "" : Particles.attach(String.join(", ", known), Particles.TOWARD) + " 확인했습니다. ";
    }

    /** The verdict for an organisation: what the program was, how the asker compares, and what to confirm. */
    String verdict(ProgramDocument doc, Slots slots, Planner.Outcome outcome, ProgramVerdict v) {
        List<String> lines = new ArrayList<>();
        lines.add(name(doc) + " 참여 가능 여부: " + v.verdict().korean());
        List<String> known = slots.known(doc, true);
        if (!known.isEmpty()) {
            lines.add("확인한 내용: " + String.join(", ", known));
        }
        lines.add(String.join(" ", sentences(doc, "개요", 2)));
        lines.add(String.join(" ", sentences(doc, "대상", Integer.MAX_VALUE)));
        Applicant a = slots.applicant();
        for (Criterion c : doc.eligibility()) {
            Boolean met = Rules.met(c, a);
            boolean stated = c.status() == Criterion.Status.STATED;
            if (met != null && (stated || !met)) {
                lines.add("- " + Rules.compare(c, a, met) + (stated ? evidence(doc, c) : note(c)));
            }
        }
        lines.add(closing(doc, v, outcome));
        lines.add(ANOTHER);
        return join(lines);
    }

    /** For a resident: who took part, that the documents state no criteria for residents, and the office. */
    String resident(ProgramDocument doc, Slots slots) {
        List<String> lines = new ArrayList<>();
        lines.add(name(doc) + " 참여 가능 여부: 확인 필요");
        lines.add(restated(slots.known(doc, false)).strip());
        lines.add(String.join(" ", sentences(doc, "개요", 2)));
        lines.add(who(doc, "개인(주민)의 참여 자격은 자료에 명시되어 있지 않습니다."));
        lines.add("참여를 원하시면 " + OFFICE + "에 확인해 주세요.");
        lines.add(ANOTHER);
        return join(lines);
    }

    /** "누가 참여할 수 있나요?" about one program: who took part, what is stated, and the offer to compare. */
    String aboutProgram(ProgramDocument doc) {
        List<String> lines = new ArrayList<>();
        lines.add(name(doc) + " 참여 대상에 대해 자료에 나온 내용입니다.");
        lines.add(who(doc, NOT_STATED));
        lines.add("참여 가능 여부는 " + OFFICE + "에 확인해 주세요. 기업이나 단체의 유형을 알려 주시면 자료에 나온 내용과 "
                + "비교해 드릴게요.");
        return join(lines);
    }

    /** "일반 회사도 참여할 수 있나요?" with no program in view: who took part in each, then the offer to check one. */
    String aboutAll(List<ProgramDocument> programs, Slots slots) {
        List<String> lines = new ArrayList<>();
        lines.add(restated(slots.known(null, false)) + "동구 사회적경제 사업에 누가 참여했는지 자료에 나온 내용입니다.");
        programs.forEach(d -> sentences(d, "대상", 1).forEach(s -> lines.add("- " + s)));
        List<String> stated = new ArrayList<>();
        programs.forEach(d -> d.eligibility().stream().filter(c -> c.status() == Criterion.Status.STATED)
                .forEach(c -> stated.add("- " + name(d) + " " + c.label() + evidence(d, c))));
        lines.add(stated.isEmpty() ? NONE_STATED : "자료에 명시된 참여 기준:");
        lines.addAll(stated);
        slots.type().filter(t -> !t.isSocialEconomy()).ifPresent(t -> lines.add(
                Particles.attach(t.label(), Particles.SUBJECT) + " 참여할 수 있는지도 자료에 나와 있지 않습니다."));
        if (slots.type().isEmpty()) {
            slots.form().ifPresent(f -> lines.add(formNote(f)));
        }
        lines.add("참여 가능 여부는 " + OFFICE + "에 확인해 주세요. 사업을 골라 주시면 자료에 나온 내용과 비교해 드릴게요.");
        return join(lines);
    }

    /** The 대상 sentences, and {@code fallback} unless the document already says what it does not state. */
    private String who(ProgramDocument doc, String fallback) {
        List<String> who = sentences(doc, "대상", Integer.MAX_VALUE);
        boolean saysMissing = who.stream().anyMatch(s -> notStated.matcher(Texts.compact(s)).find());
        return String.join(" ", who) + (saysMissing ? "" : " " + fallback);
    }

    private static String closing(ProgramDocument doc, ProgramVerdict v, Planner.Outcome outcome) {
        return switch (outcome) {
            case ELIGIBLE -> "자료에 나온 기준을 모두 충족합니다. 모집 여부와 신청 방법은 " + OFFICE + "에 확인해 주세요.";
            case INELIGIBLE -> "자료에 나온 기준으로는 참여가 어렵습니다. 자세한 내용은 " + OFFICE + "에 확인해 주세요.";
            case MATCHES -> "말씀하신 내용은 자료에 나온 참여 방식과 맞습니다. 다만 참여 자격은 자료에 명시되어 있지 않으니, "
                    + "모집 여부와 참여 자격을 " + OFFICE + "에 확인해 주세요.";
            case DIFFERS -> "말씀하신 내용은 자료에 나온 참여 방식과 다른 점이 있지만, 참여를 제한하는 기준이 자료에 명시되어 "
                    + "있지는 않습니다. 참여할 수 있는지 " + OFFICE + "에 확인해 주세요.";
            case OPEN -> Particles.attach(String.join(", ", labels(doc, v)), Particles.TOPIC) + " 아직 확인하지 못했습니다. "
                    + OFFICE + "에 확인해 주세요.";
        };
    }

    private static List<String> labels(ProgramDocument doc, ProgramVerdict v) {
        return doc.eligibility().stream().filter(c -> v.missing().contains(c.key())).map(Criterion::label).toList();
    }

    private static String evidence(ProgramDocument doc, Criterion c) {
        String source = doc.sources().isEmpty() ? "" : " (" + doc.sources().get(0).name() + ")";
        return c.quote() == null ? "" : " 근거: \"" + c.quote() + "\"" + source;
    }

    private static String note(Criterion c) {
        return c.note() == null ? "" : " " + c.note();
    }

    static List<String> sentences(ProgramDocument doc, String heading, int max) {
        return doc.section(heading).map(s -> s.text().lines().map(String::strip).filter(l -> !l.isEmpty())
                .limit(max).toList()).orElse(List.of());
    }

    private static String join(List<String> lines) {
        return String.join("\n", lines.stream().filter(l -> !l.isBlank()).toList());
    }
}
