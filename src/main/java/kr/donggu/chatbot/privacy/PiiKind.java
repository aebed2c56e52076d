package kr.donggu.chatbot.privacy;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The table of personal data kinds, in the order they are masked: e-mail first (its local part may hold digits),
 * then the longest, most specific number shapes, so a registration number is not taken for a phone or account
 * number. Each row is generated from shared parts: a separator (hyphen or dot with at most one space either
 * side, or one space) between digit groups, an optional bracket or {@code +82} before a phone number, and bounds that
 * stop at digits only, so {@code Tel.010-…} and {@code No900101-…} are masked while {@code 3.14159265358979} is not.
 * Patterns run on {@link TextFold folded} text: full-width digits, en-dashes and no-break spaces look like ASCII.
 */
public enum PiiKind {
    EMAIL("이메일", "[\\p{L}\\p{N}._%+-]+ ?@ ?[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.[A-Za-z]{2,24}(?![A-Za-z])"
            + "|[\\p{L}\\p{N}._%+-]+ ?@ ?[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{IsHangul}{2}"),
    RESIDENT_REGISTRATION_NUMBER("주민등록번호",
            "\\d{6} ?- ?[1-8](?:\\d{6}|[*xX]{6})"                                        // typed with a hyphen
            + "|\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])" + Parts.SEP + "?[1-8](?:\\d{6}|[*xX]{6})"),
    PASSPORT("여권번호", "(?<![A-Za-z])[MSRGDmsrgd](?:\\d{8}|\\d{3}[A-Za-z]\\d{4})"),
    DRIVER_LICENSE("운전면허번호", "\\d{2}" + Parts.SEP + "\\d{2}" + Parts.SEP + "\\d{6}" + Parts.SEP + "\\d{2}"),
    CARD("카드번호", "\\d{4}" + Parts.SEP + "?\\d{4}" + Parts.SEP + "?\\d{4}" + Parts.SEP + "?\\d{4}"
            + "|3[47]\\d{2}" + Parts.SEP + "?\\d{6}" + Parts.SEP + "?\\d{5}"),
    PHONE("전화번호", "(?:" + Parts.INTERNATIONAL + "(?:\\(" + Parts.CODE + "\\)|" + Parts.CODE + ")"
            + "|\\(0" + Parts.CODE + "\\)|0" + Parts.CODE + ")"
            + Parts.SEP + "?\\d{3,4}" + Parts.SEP + "?\\d{4}"
            + "|1[5-9]\\d{2} ?[-.] ?\\d{4}"),                                               // 1588-1234
    BANK_ACCOUNT("계좌번호", "\\d{3,6}(?:" + Parts.SEP + "\\d{2,8}){1,3}|\\d{11,14}", Parts::plausibleAccount);

    private final String label;
    private final Pattern pattern;
    private final Predicate<String> plausible;

    /** Every kind but the last stops at a hyphen that joins more digits: 1791-4955 in 966-1791-4955-17 is no phone. */
    PiiKind(String label, String regex) {
        this.label = label;
        this.pattern = Pattern.compile(Parts.START + "(?<![0-9] ?-)(?:" + regex + ")(?![0-9])(?! ?-[0-9])");
        this.plausible = s -> true;
    }

    /** The catch-all last kind takes any digit run it can, joined or not. */
    PiiKind(String label, String regex, Predicate<String> plausible) {
        this.label = label;
        this.pattern = Pattern.compile(Parts.START + "(?:" + regex + ")(?![0-9])");
        this.plausible = plausible;
    }

    public String label() {
        return label;
    }

    Pattern pattern() {
        return pattern;
    }

    boolean plausible(String match) {
        return plausible.test(match);
    }

    String placeholder() {
        return "[" + label + "]";
    }

    /** The generated parts; a nested class because enum constants cannot read the enum's own static fields. */
    private static final class Parts {
        /** Between digit groups: a hyphen or dot with at most one space either side, or a single space. */
        static final String SEP = "(?: ?[-.] ?| )";
        /** Not inside a number: no digit, and no decimal point after a digit, just before. */
        static final String START = "(?<![0-9])(?<![0-9]\\.)";
        /** +82 or 82- before the number, with the trunk zero optionally kept: +82 (0)10, +82-10, 82 62. */
        static final String INTERNATIONAL = "(?:\\+ ?82|82(?=[ -]))[ -]?(?:\\(0\\)|0)?[ -]?";
        /** Mobile (010, 011, 016-019), area codes (02, 031-064), 050x, 070 and 080, without the leading zero. */
        static final String CODE = "(?:1[016789]|2|[3-6][1-5]|[5-8]0\\d?)";
        private static final Pattern GROUP = Pattern.compile("\\d+");
        private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

        /** 10 to 14 digits in at most four groups, and not a run of years or dates (2024 2025 2026, 2025. 12. 18. 2026). */
        static boolean plausibleAccount(String match) {
            List<String> groups = GROUP.matcher(match).results().map(r -> r.group()).toList();
            int digits = groups.stream().mapToInt(String::length).sum();
            if (digits < 10 || digits > 14 || groups.size() > 4) {
                return false;
            }
            if (groups.size() > 1 && groups.stream().allMatch(g -> YEAR.matcher(g).matches())) {
                return false;
            }
            for (int i = 0; i + 2 < groups.size(); i++) {
                if (isDate(groups.get(i), groups.get(i + 1), groups.get(i + 2))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isDate(String year, String month, String day) {
            return YEAR.matcher(year).matches() && month.length() <= 2 && day.length() <= 2
                    && Integer.parseInt(month) >= 1 && Integer.parseInt(month) <= 12
                    && Integer.parseInt(day) >= 1 && Integer.parseInt(day) <= 31;
        }
    }
}
