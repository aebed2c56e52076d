package kr.donggu.chatbot.eligibility;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of organisation the contract knows. How people write them (사협, 예비, 일반 회사) is data, in
 * {@code knowledge/dictionary/eligibility.yaml}.
 */
public enum EnterpriseType {
    SOCIAL_ENTERPRISE("사회적기업"),
    PRE_SOCIAL_ENTERPRISE("예비사회적기업"),
    COOPERATIVE("협동조합"),
    SOCIAL_COOPERATIVE("사회적협동조합"),
    VILLAGE_ENTERPRISE("마을기업"),
    SELF_SUFFICIENCY_ENTERPRISE("자활기업"),
    ORDINARY_COMPANY("일반기업"),
    INDIVIDUAL("개인");

    private final String label;

    EnterpriseType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isSocialEconomy() {
        return this != ORDINARY_COMPANY && this != INDIVIDUAL;
    }

    /** Exactly one of the contract's labels, as {@code POST /api/eligibility} requires. */
    public static Optional<EnterpriseType> fromLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(EnterpriseType::label).toList();
    }
}
