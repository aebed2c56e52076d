package kr.donggu.chatbot.eligibility;

import com.fasterxml.jackson.annotation.JsonValue;

/** The engine's answer for one program. */
public enum Verdict {
    ELIGIBLE("eligible", "참여 가능"),
    INELIGIBLE("ineligible", "참여 어려움"),
    NEEDS_CONFIRMATION("needs_confirmation", "확인 필요");

    private final String wire;
    private final String korean;

    Verdict(String wire, String korean) {
        this.wire = wire;
        this.korean = korean;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public String korean() {
        return korean;
    }
}
