package kr.donggu.chatbot.privacy;

import java.util.regex.Pattern;

/**
 * Kinds of personal data, in the order they are masked: the longest, most specific shapes first, so a resident
 * registration number is not taken for a phone or account number. Digit runs are bounded by non-digits, so dates,
 * years, amounts and counts never match.
 */
public enum PiiKind {
    RESIDENT_REGISTRATION_NUMBER("주민등록번호", "\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\s?-?\\s?[1-8]\\d{6}"),
    EMAIL("이메일", "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"),
    CARD("카드번호", "\\d{4}([ -]?)\\d{4}\\1\\d{4}\\1\\d{4}|3[47]\\d{2}([ -]?)\\d{6}\\2\\d{5}"),
    PHONE("전화번호", "(\\+82[ -]?0?1[016789]|01[016789])[ -]?\\d{3,4}[ -]?\\d{4}"
            + "|(\\+82[ -]?0?|0)(2|[3-6][1-5]|70)[ )-]?\\d{3,4}[ -]?\\d{4}"
            + "|1[5-9]\\d{2}-\\d{4}"),
    BANK_ACCOUNT("계좌번호", "\\d{3,6}-\\d{2,6}-\\d{4,8}(-\\d{1,3})?|\\d{11,14}");

    private final String label;
    final Pattern pattern;

    PiiKind(String label, String regex) {
        this.label = label;
        this.pattern = Pattern.compile("(?<![\\d\\w.])(?:" + regex + ")(?![\\d])");
    }

    public String label() {
        return label;
    }

    String placeholder() {
        return "[" + label + "]";
    }
}
