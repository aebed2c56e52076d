package kr.donggu.chatbot.eligibility;

import kr.donggu.chatbot.knowledge.Criterion;
import kr.donggu.chatbot.knowledge.Particles;

/** How each kind of criterion is met, and the Korean sentence that says how the applicant compares with it. */
final class Rules {

    private static final String CONFIRM = " 다만 이 기준은 자료에 참여 요건으로 명시된 것이 아니라 지금까지의 사업을 바탕으로 정리한 것이어서 "
            + "동구청 확인이 필요합니다.";

    private Rules() {
    }

    /** True or false when the applicant's fact is known; null when it is not. */
    static Boolean met(Criterion c, Applicant a) {
        return switch (c.key()) {
            case Criterion.ENTERPRISE_TYPE -> a.type() == null ? null : c.allowed().contains(a.type().label());
            case Criterion.LOCATION -> a.location() == null ? null : a.location().inDonggu() == allowsDonggu(c);
            default -> {
                Boolean answer = a.facts().get(c.key());
                yield answer == null ? null : answer.equals(c.expected());
            }
        };
    }

    /** The sentence for {@code POST /api/eligibility}: the comparison, and for a to_confirm rule why to confirm. */
    static String explain(Criterion c, Applicant a, Boolean met) {
        String sentence = compare(c, a, met);
        return c.status() == Criterion.Status.TO_CONFIRM && met != null ? sentence + CONFIRM : sentence;
    }

    /** How the applicant compares with one criterion, or what to tell us when we do not know. */
    static String compare(Criterion c, Applicant a, Boolean met) {
        return switch (c.key()) {
            case Criterion.ENTERPRISE_TYPE -> type(c, a, met);
            case Criterion.LOCATION -> location(c, a, met);
            default -> yesNo(c, met);
        };
    }

    private static String type(Criterion c, Applicant a, Boolean met) {
        String rule = c.label() + "(" + String.join(", ", c.allowed()) + ")";
        if (met == null) {
            return "기업 유형을 알려 주시면 " + rule + "에 포함되는지 확인해 드릴 수 있습니다.";
        }
        return Particles.attach(a.type().label(), Particles.TOPIC) + " " + rule + (met ? "에 포함됩니다." : "에 포함되지 않습니다.");
    }

    private static String location(Criterion c, Applicant a, Boolean met) {
        String rule = c.label() + " 기준(" + String.join(", ", c.allowed()) + ")";
        if (met == null) {
            return "소재지를 알려 주시면 " + rule + "에 맞는지 확인해 드릴 수 있습니다.";
        }
        return Particles.attach(a.location().label() + " 소재", Particles.TOPIC) + " " + rule
                + (met ? "에 맞습니다." : "에 맞지 않습니다.");
    }

    private static String yesNo(Criterion c, Boolean met) {
        if (met == null) {
            return c.label() + " 여부를 알려 주시면 확인할 수 있습니다.";
        }
        return met ? c.label() + " 조건에 맞습니다." : c.label() + " 조건에 맞지 않습니다.";
    }

    private static boolean allowsDonggu(Criterion c) {
        return c.allowed().isEmpty() || c.allowed().stream().anyMatch(p -> p.contains("동구"));
    }
}
