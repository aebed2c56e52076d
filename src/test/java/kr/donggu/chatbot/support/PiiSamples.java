package kr.donggu.chatbot.support;

import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Shapes in which residents actually type personal data, each with a generator of random values in that shape and
 * a signature that proves a generated value really has it (an en-dash shape contains an en-dash). Written apart
 * from {@code PiiKind} on purpose: the masker is tested against what people type, not against its own table.
 */
public enum PiiSamples {
    // resident and foreigner registration numbers
    RRN_HYPHEN("주민등록번호", r -> birth(r) + "-" + gender(r) + digits(r, 6), has("^\\d{6}-\\d{7}$")),
    RRN_PLAIN("주민등록번호", r -> birth(r) + gender(r) + digits(r, 6), has("^\\d{13}$")),
    RRN_SPACED_HYPHEN("주민등록번호", r -> birth(r) + " - " + gender(r) + digits(r, 6), has("^\\d{6} - \\d{7}$")),
    RRN_SPACE("주민등록번호", r -> birth(r) + " " + gender(r) + digits(r, 6), has("^\\d{6} \\d{7}$")),
    RRN_EN_DASH("주민등록번호", r -> birth(r) + "\u2013" + gender(r) + digits(r, 6), has("\u2013")),
    RRN_EM_DASH("주민등록번호", r -> birth(r) + "\u2014" + gender(r) + digits(r, 6), has("\u2014")),
    RRN_U2010("주민등록번호", r -> birth(r) + "\u2010" + gender(r) + digits(r, 6), has("\u2010")),
    RRN_MINUS_SIGN("주민등록번호", r -> birth(r) + "\u2212" + gender(r) + digits(r, 6), has("\u2212")),
    RRN_FULL_WIDTH("주민등록번호", r -> fullWidth(birth(r) + "-" + gender(r) + digits(r, 6)), has("^[０-９]{6}－[０-９]{7}$")),
    RRN_PARTLY_HIDDEN("주민등록번호", r -> birth(r) + "-" + gender(r) + "******", has("-\\d\\*{6}$")),
    FOREIGNER_REGISTRATION("주민등록번호", r -> birth(r) + "-" + (5 + r.nextInt(4)) + digits(r, 6), has("-[5-8]\\d{6}$")),
    RRN_LETTER_PREFIXED("주민등록번호", r -> "No." + birth(r) + "-" + gender(r) + digits(r, 6), has("^No\\.\\d{6}-")),
    // mobile phones
    MOBILE_HYPHEN("전화번호", r -> mobile(r) + "-" + digits(r, 4) + "-" + digits(r, 4), has("^01\\d-\\d{4}-\\d{4}$")),
    MOBILE_PLAIN("전화번호", r -> mobile(r) + digits(r, 8), has("^01\\d{9}$")),
    MOBILE_SPACED("전화번호", r -> mobile(r) + " " + digits(r, 4) + " " + digits(r, 4), has("^01\\d \\d{4} \\d{4}$")),
    MOBILE_DOTTED("전화번호", r -> mobile(r) + "." + digits(r, 4) + "." + digits(r, 4), has("^01\\d\\.\\d{4}\\.\\d{4}$")),
    MOBILE_BRACKETED("전화번호", r -> "(" + mobile(r) + ")" + digits(r, 4) + "-" + digits(r, 4), has("^\\(01\\d\\)\\d")),
    MOBILE_BRACKETED_SPACE("전화번호", r -> "(" + mobile(r) + ") " + digits(r, 4) + "-" + digits(r, 4), has("^\\(01\\d\\) ")),
    MOBILE_PLUS82("전화번호", r -> "+82 " + mobile(r).substring(1) + "-" + digits(r, 4) + "-" + digits(r, 4),
            has("^\\+82 1\\d-")),
    MOBILE_PLUS82_HYPHEN("전화번호", r -> "+82-" + mobile(r).substring(1) + "-" + digits(r, 4) + "-" + digits(r, 4),
            has("^\\+82-1\\d-")),
    MOBILE_PLUS82_TRUNK_ZERO("전화번호", r -> "+82 (0)" + mobile(r).substring(1) + " " + digits(r, 4) + " " + digits(r, 4),
            has("^\\+82 \\(0\\)1")),
    MOBILE_PLUS82_PLAIN("전화번호", r -> "+82" + mobile(r).substring(1) + digits(r, 8), has("^\\+821\\d{9}$")),
    MOBILE_EN_DASH("전화번호", r -> mobile(r) + "\u2013" + digits(r, 4) + "\u2013" + digits(r, 4), has("\u2013")),
    MOBILE_FULL_WIDTH("전화번호", r -> fullWidth(mobile(r) + "-" + digits(r, 4) + "-" + digits(r, 4)), has("^０１[０-９]－")),
    MOBILE_OLD_SEVEN_DIGITS("전화번호", r -> "01" + (char) ('6' + r.nextInt(4)) + "-" + digits(r, 3) + "-" + digits(r, 4),
            has("^01[6-9]-\\d{3}-\\d{4}$")),
    PHONE_LETTER_PREFIXED("전화번호", r -> pick(r, "Tel.", "HP", "T.", "M:", "tel", "Mobile") + mobile(r) + "-"
            + digits(r, 4) + "-" + digits(r, 4), has("^[A-Za-z][A-Za-z.:]*01\\d-")),
    // landlines and other numbers
    LANDLINE_SEOUL("전화번호", r -> "02-" + digits(r, 3 + r.nextInt(2)) + "-" + digits(r, 4), has("^02-\\d{3,4}-\\d{4}$")),
    LANDLINE_AREA("전화번호", r -> area(r) + "-" + digits(r, 3) + "-" + digits(r, 4), has("^0[3-6][1-5]-\\d{3}-\\d{4}$")),
    LANDLINE_BRACKETED("전화번호", r -> "(" + area(r) + ") " + digits(r, 3) + "-" + digits(r, 4), has("^\\(0[3-6][1-5]\\) ")),
    LANDLINE_DOTTED("전화번호", r -> area(r) + "." + digits(r, 3) + "." + digits(r, 4), has("^0[3-6][1-5]\\.\\d{3}\\.")),
    LANDLINE_PLUS82("전화번호", r -> "+82 " + area(r).substring(1) + "-" + digits(r, 3) + "-" + digits(r, 4),
            has("^\\+82 [3-6][1-5]-")),
    INTERNET_PHONE("전화번호", r -> "070-" + digits(r, 4) + "-" + digits(r, 4), has("^070-\\d{4}-\\d{4}$")),
    SAFE_NUMBER("전화번호", r -> "050" + (2 + r.nextInt(7)) + "-" + digits(r, 3) + "-" + digits(r, 4), has("^050[2-8]-")),
    REPRESENTATIVE_NUMBER("전화번호", r -> "1" + (5 + r.nextInt(5)) + digits(r, 2) + "-" + digits(r, 4), has("^1[5-9]\\d{2}-\\d{4}$")),
    // e-mail
    EMAIL_ASCII("이메일", r -> latin(r, 3, 8) + "." + latin(r, 2, 5) + "@" + latin(r, 4, 8) + ".co.kr", has("^[a-z.]+@[a-z]+\\.co\\.kr$")),
    EMAIL_KOREAN_LOCAL_PART("이메일", r -> hangul(r, 2, 4) + "@" + latin(r, 4, 8) + ".com", has("^[가-힣]+@")),
    EMAIL_PLUS_TAG("이메일", r -> latin(r, 3, 8) + "+" + latin(r, 2, 5) + "@" + latin(r, 4, 8) + ".net", has("\\+[a-z]+@")),
    EMAIL_UPPER_CASE("이메일", r -> latin(r, 3, 8).toUpperCase() + "@" + latin(r, 4, 8).toUpperCase() + ".COM", has("^[A-Z]+@[A-Z]+\\.COM$")),
    EMAIL_FULL_WIDTH_AT("이메일", r -> latin(r, 3, 8) + "\uFF20" + latin(r, 4, 8) + ".com", has("\uFF20")),
    EMAIL_KOREAN_DOMAIN("이메일", r -> latin(r, 3, 8) + "@" + hangul(r, 2, 4) + ".한국", has("@[가-힣]+\\.한국$")),
    EMAIL_SPACED_AT("이메일", r -> latin(r, 3, 8) + " @ " + latin(r, 4, 8) + ".com", has(" @ ")),
    EMAIL_DIGITS_LOCAL_PART("이메일", r -> mobile(r) + digits(r, 8) + "@" + latin(r, 4, 8) + ".com", has("^01\\d{9}@")),
    // cards
    CARD_HYPHEN("카드번호", r -> card(r, "-"), has("^\\d{4}-\\d{4}-\\d{4}-\\d{4}$")),
    CARD_SPACED("카드번호", r -> card(r, " "), has("^\\d{4} \\d{4} \\d{4} \\d{4}$")),
    CARD_PLAIN("카드번호", r -> card(r, ""), has("^\\d{16}$")),
    CARD_DOTTED("카드번호", r -> card(r, "."), has("^\\d{4}\\.\\d{4}\\.")),
    CARD_AMEX("카드번호", r -> "3" + (r.nextBoolean() ? 4 : 7) + digits(r, 2) + "-" + digits(r, 6) + "-" + digits(r, 5),
            has("^3[47]\\d{2}-\\d{6}-\\d{5}$")),
    CARD_FULL_WIDTH("카드번호", r -> fullWidth(card(r, "-")), has("^[０-９]{4}－")),
    // bank accounts
    ACCOUNT_3_2_6("계좌번호", r -> digit1(r) + digits(r, 2) + "-" + digits(r, 2) + "-" + digits(r, 6), has("^\\d{3}-\\d{2}-\\d{6}$")),
    ACCOUNT_6_2_6("계좌번호", r -> digit1(r) + digits(r, 5) + "-" + digits(r, 2) + "-" + digits(r, 6), has("^\\d{6}-\\d{2}-\\d{6}$")),
    ACCOUNT_4_GROUPS("계좌번호", r -> digit1(r) + digits(r, 2) + "-" + digits(r, 4) + "-" + digits(r, 4) + "-" + digits(r, 2),
            has("^\\d{3}-\\d{4}-\\d{4}-\\d{2}$")),
    ACCOUNT_SPACED("계좌번호", r -> digit1(r) + digits(r, 2) + " " + digits(r, 3) + " " + digits(r, 6), has("^\\d{3} \\d{3} \\d{6}$")),
    ACCOUNT_PLAIN("계좌번호", r -> digit1(r) + digits(r, pick(r, 10, 11, 13)), has("^[1-9](\\d{10}|\\d{11}|\\d{13})$")),
    ACCOUNT_EN_DASH("계좌번호", r -> digit1(r) + digits(r, 2) + "\u2013" + digits(r, 3) + "\u2013" + digits(r, 6), has("\u2013")),
    ACCOUNT_LETTER_PREFIXED("계좌번호", r -> pick(r, "KB", "NH", "acct", "IBK") + digit1(r) + digits(r, 5) + "-"
            + digits(r, 2) + "-" + digits(r, 6), has("^[A-Za-z]+\\d{6}-")),
    // passports and driving licences
    PASSPORT("여권번호", r -> pick(r, "M", "S") + digits(r, 8), has("^[MS]\\d{8}$")),
    PASSPORT_NEW_FORMAT("여권번호", r -> "M" + digits(r, 3) + (char) ('A' + r.nextInt(26)) + digits(r, 4), has("^M\\d{3}[A-Z]\\d{4}$")),
    DRIVER_LICENSE("운전면허번호", r -> (11 + r.nextInt(18)) + "-" + digits(r, 2) + "-" + digits(r, 6) + "-" + digits(r, 2),
            has("^\\d{2}-\\d{2}-\\d{6}-\\d{2}$"));

    private final String label;
    private final Function<Random, String> generator;
    private final Predicate<String> signature;

    PiiSamples(String label, Function<Random, String> generator, Predicate<String> signature) {
        this.label = label;
        this.generator = generator;
        this.signature = signature;
    }

    /** The placeholder the masker should put in its place, e.g. {@code [전화번호]}. */
    public String placeholder() {
        return "[" + label + "]";
    }

    /** What masking should leave of {@code value}: the letters typed before a letter-prefixed number, then the placeholder. */
    public String masked(String value) {
        if (!name().endsWith("LETTER_PREFIXED")) {
            return placeholder();
        }
        int firstDigit = 0;
        while (!Character.isDigit(value.charAt(firstDigit))) {
            firstDigit++;
        }
        return value.substring(0, firstDigit) + placeholder();
    }

    public String generate(Random random) {
        return generator.apply(random);
    }

    /** Whether {@code value} has this shape (what makes it this shape and not another). */
    public boolean hasShape(String value) {
        return signature.test(value);
    }

    /** The digits of a value, after folding full-width digits: what must never be found in stored text. */
    public static String digitsOf(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Predicate<String> has(String regex) {
        Pattern p = Pattern.compile(regex);
        return s -> p.matcher(s).find();
    }

    private static String digits(Random r, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + r.nextInt(10)));
        }
        return s.toString();
    }

    private static char digit1(Random r) {
        return (char) ('1' + r.nextInt(9));
    }

    private static String birth(Random r) {
        return String.format("%02d%02d%02d", r.nextInt(100), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    private static int gender(Random r) {
        return 1 + r.nextInt(4);
    }

    private static String mobile(Random r) {
        return pick(r, "010", "010", "010", "011", "016", "017", "018", "019");
    }

    private static String area(Random r) {
        return pick(r, "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061",
                "062", "063", "064");
    }

    private static String card(Random r, String sep) {
        return digit1(r) + digits(r, 3) + sep + digits(r, 4) + sep + digits(r, 4) + sep + digits(r, 4);
    }

    private static String latin(Random r, int min, int max) {
        return letters(r, min, max, 'a', 26);
    }

    private static String hangul(Random r, int min, int max) {
        return letters(r, min, max, '가', 11172);
    }

    private static String letters(Random r, int min, int max, char first, int count) {
        StringBuilder s = new StringBuilder();
        int n = min + r.nextInt(max - min + 1);
        for (int i = 0; i < n; i++) {
            s.append((char) (first + r.nextInt(count)));
        }
        return s.toString();
    }

    private static String fullWidth(String ascii) {
        StringBuilder s = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            s.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        }
        return s.toString();
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... options) {
        return options[r.nextInt(options.length)];
    }
}
