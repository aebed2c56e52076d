package kr.donggu.chatbot.guard;

/**
 * Whether an evidence sentence states a fact: the same normal form (4개소 = 네 곳), a part of one of its dates
 * (12월 18일 of 2025-12-18), or the same characters.
 */
final class FactSupport {

    private FactSupport() {
    }

    static boolean supports(Claim evidence, Facts.Fact fact) {
        for (Facts.Fact e : evidence.facts()) {
            if (e.key().equals(fact.key()) || (fact.kind() == ClaimKind.DATE && e.kind() == ClaimKind.DATE
                    && partOf(fact.normal(), e.normal()))) {
                return true;
            }
        }
        return literally(evidence.compact(), fact.surface().replaceAll("\\s+", ""));
    }

    /** The same characters, not inside a longer number: 1 is not in 12월. */
    private static boolean literally(String text, String surface) {
        for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
            int end = at + surface.length();
            boolean digitBefore = at > 0 && Character.isDigit(text.charAt(at - 1)) && Character.isDigit(surface.charAt(0));
            boolean digitAfter = end < text.length() && Character.isDigit(text.charAt(end))
                    && Character.isDigit(surface.charAt(surface.length() - 1));
            if (!digitBefore && !digitAfter) {
                return true;
            }
        }
        return false;
    }

    static boolean isYear(Facts.Fact fact) {
        return fact.kind() == ClaimKind.DATE && fact.normal().matches("\\d{4}");
    }

    /** "12-18", "18일", "12월" and "2025-12-" are parts of 2025-12-18. */
    private static boolean partOf(String part, String full) {
        if (!full.matches("\\d{4}-\\d+-\\d+")) {
            return full.startsWith(part) && part.endsWith("-");
        }
        String[] ymd = full.split("-");
        return part.equals(ymd[0] + "-" + ymd[1] + "-") || part.equals(ymd[1] + "-" + ymd[2])
                || part.equals(ymd[2] + "일") || part.equals(ymd[1] + "월");
    }
}
