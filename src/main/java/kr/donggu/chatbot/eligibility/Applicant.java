package kr.donggu.chatbot.eligibility;

import java.util.Map;

/** What is known of the organisation asking: any part may be unknown (null, or absent from {@code facts}). */
public record Applicant(EnterpriseType type, Location location, Map<String, Boolean> facts) {

    public Applicant {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }
}
