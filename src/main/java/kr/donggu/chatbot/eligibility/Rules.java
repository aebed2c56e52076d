package kr.donggu.chatbot.eligibility;

import kr.donggu.chatbot.knowledge.Criterion;
import kr.donggu.chatbot.knowledge.Particles;

/** How each kind of criterion is met, and the Korean sentence that explains it. */
final class Rules {

    private static final String CONFIRM = " 다만 이 기준은 자료에 명확히 나와 있지 않아 동구청 확인이 필요합니다.";

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

    static String explain(Criterion c, Applicant a, Boolean met) {
        String sentence = switch (c.key()) {
            case Criterion.ENTERPRISE_TYPE -> type(c, a, met);
            case Criterion.LOCATION -> location(c, a, met);
            default -> yesNo(c, met);
        };
        return c.status() == Criterion.Status.TO_CONFIRM && met != null ? sentence + CONFIRM : sentence;
    }

    private static String type(Criterion c, Applicant a, Boolean met) {
        String allowed = String.join(", ", c.allowed());
        if (met == null) {
            return "기업 유형을 알려 주시면 확인할 수 있습니다. 이 사업의 " + c.label() + "은(는) " + allowed + "입니다.";
        }
        return met ? Particles.attach(a.type().label(), Particles.TOPIC) + " 이 사업의 " + c.label() + "(" + allowed + ")에 포함됩니다."
                : Particles.attach(a.type().label(), Particles.TOPIC) + " 이 사업의 " + c.label() + "(" + allowed + ")에 포함되지 않습니다.";
    }

    private static String location(Criterion c, Applicant a, Boolean met) {
        String allowed = String.join(", ", c.allowed());
        if (met == null) {
            return "소재지를 알려 주시면 확인할 수 있습니다. 이 사업의 " + c.label() + " 기준은 " + allowed + "입니다.";
        }
        return met ? "소재지(" + a.location().label() + ")가 기준(" + allowed + ")에 맞습니다."
                : "소재지(" + a.location().label() + ")가 기준(" + allowed + ")에 맞지 않습니다.";
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
