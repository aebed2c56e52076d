package kr.donggu.chatbot.chat;

import java.util.Set;
import kr.donggu.chatbot.guard.ClaimKind;
import kr.donggu.chatbot.knowledge.QuestionKind;

/** The kind of fact a question asks for, as the guard names facts, and how to say that the documents lack it. */
final class Focus {

    private Focus() {
    }

    /** Empty for questions about a program in general: then any supported claim answers them. */
    static Set<ClaimKind> of(QuestionKind kind) {
        return switch (kind) {
            case COUNT -> Set.of(ClaimKind.COUNT, ClaimKind.NUMBER);
            case WHEN -> Set.of(ClaimKind.DATE, ClaimKind.TIME, ClaimKind.RECURRENCE);
            case WHERE -> Set.of(ClaimKind.PLACE);
            case PERSON -> Set.of(ClaimKind.PERSON_ROLE);
            case AMOUNT -> Set.of(ClaimKind.AMOUNT);
            case CONTACT -> Set.of(ClaimKind.PHONE, ClaimKind.EMAIL, ClaimKind.URL);
            default -> Set.of();
        };
    }

    /** The subject of "다만 문의하신 … 자료에 나와 있지 않습니다". */
    static String label(QuestionKind kind) {
        return switch (kind) {
            case COUNT -> "숫자는";
            case WHEN -> "날짜나 일정은";
            case WHERE -> "장소는";
            case PERSON -> "인물 정보는";
            case AMOUNT -> "금액은";
            case CONTACT -> "연락처는";
            default -> "내용은";
        };
    }
}
