package kr.donggu.chatbot.knowledge;

import java.util.List;

/**
 * One eligibility rule from a document's front matter. {@code key} is {@code enterprise_type}, {@code location},
 * or the name of a yes/no condition with its {@code question} and {@code expected} answer. {@code quote} is the
 * words of the source that state the rule (at most {@link #QUOTE_MAX} characters); a rule is {@code STATED} only
 * with one, so a verdict can always show where a firm rule comes from.
 */
public record Criterion(String key, String label, List<String> allowed, Status status, String section,
                        String question, Boolean expected, String note, String quote) {

    public static final String ENTERPRISE_TYPE = "enterprise_type";
    public static final String LOCATION = "location";
    public static final int QUOTE_MAX = 100;

    /** Whether the source states the rule, or it is inferred and must be confirmed with the district office. */
    public enum Status { STATED, TO_CONFIRM }

    /** A rule without a quote. */
    public Criterion(String key, String label, List<String> allowed, Status status, String section,
                     String question, Boolean expected, String note) {
        this(key, label, allowed, status, section, question, expected, note, null);
    }

    public boolean isYesNo() {
        return !ENTERPRISE_TYPE.equals(key) && !LOCATION.equals(key);
    }
}
