package kr.donggu.chatbot.knowledge;

import java.util.List;

/**
 * One eligibility rule from a document's front matter. {@code key} is {@code enterprise_type}, {@code location},
 * or the name of a yes/no condition with its {@code question} and {@code expected} answer.
 */
public record Criterion(String key, String label, List<String> allowed, Status status, String section,
                        String question, Boolean expected, String note) {

    public static final String ENTERPRISE_TYPE = "enterprise_type";
    public static final String LOCATION = "location";

    /** Whether the source states the rule, or it is inferred and must be confirmed with the district office. */
    public enum Status { STATED, TO_CONFIRM }

    public boolean isYesNo() {
        return !ENTERPRISE_TYPE.equals(key) && !LOCATION.equals(key);
    }
}
