package kr.donggu.chatbot.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the facts of a text and writes each in a normal form: 2025. 12. 18. and 2025년 12월 18일 are both
 * {@code 2025-12-18}; 500만 원 is {@code 5000000}; 4개소, 네 곳 and 4개 are all {@code 4:item}. Patterns run in
 * order and blank out what they matched, so a date's digits are not counted again as numbers. Number words and
 * counting units come from {@code guard-words.txt}.
 */
final class Facts {

    /** A fact: its kind, the words as written, and a normal form for comparison. */
    record Fact(ClaimKind kind, String surface, String normal) {
        String key() {
            return kind + ":" + normal;
        }
    }

    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s)>\"']+|\\bwww\\.[^\\s)>\"']+"
            + "|\\b[a-z0-9-]+\\.(?:go\\.kr|or\\.kr|co\\.kr|kr|com|net|org)\\b");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:\\+82[ -]?)?0?\\d{1,3}[ -.)]\\d{3,4}[ -.]\\d{4}(?!\\d)"
            + "|(?<!\\d)1[5-9]\\d{2}-\\d{4}(?!\\d)");
    private static final Pattern FULL_DATE = Pattern.compile(
            "(\\d{4})\\s*(?:년|[.\\-/])\\s*(\\d{1,2})\\s*(?:월|[.\\-/])\\s*(\\d{1,2})\\s*(?:일|\\.)?");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월(?!\\s*\\d{1,2}\\s*일)");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*년(?!\\s*간)");
    private static final Pattern TIME = Pattern.compile("(오전|오후)?\\s*(\\d{1,2})\\s*시(?:\\s*(\\d{1,2})\\s*분|\\s*반)?(?![가-힣])");
    private static final Pattern MONTH_OR_DAY = Pattern.compile("(\\d{1,2})\\s*(월|일)(?![가-힣])");
    private static final Pattern AMOUNT = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s*(억|천만|백만|만|천)?\\s*원");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    private final Pattern count;
    private final Map<String, Integer> numberWords;
    private final Map<String, String> units;

    Facts(Words words) {
        this.numberWords = words.numbers();
        this.units = words.units();
        String numberWordAlternatives = numberWords.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .collect(Collectors.joining("|"));
        String unitAlternatives = units.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.count = Pattern.compile("(?<![가-힣\\d])(\\d+|" + (numberWordAlternatives.isEmpty() ? "(?!)" : numberWordAlternatives)
                + ")\\s*(?:여\\s*)?(" + (unitAlternatives.isEmpty() ? "(?!)" : unitAlternatives) + ")"
                + GuardText.END_OF_WORD);
    }

    /** The facts of {@code text} (already normalised); their spans are blanked. */
    List<Fact> find(StringBuilder text) {
        List<Fact> out = new ArrayList<>();
        take(text, EMAIL, out, m -> new Fact(ClaimKind.EMAIL, m.group(), m.group()));
        take(text, URL, out, m -> new Fact(ClaimKind.URL, m.group(), m.group().replaceAll("^https?://|/$", "")));
        take(text, PHONE, out, m -> new Fact(ClaimKind.PHONE, m.group(), m.group().replaceAll("\\D", "")));
        take(text, FULL_DATE, out, m -> date(m, m.group(1) + "-" + num(m.group(2)) + "-" + num(m.group(3))));
        take(text, YEAR_MONTH, out, m -> date(m, m.group(1) + "-" + num(m.group(2)) + "-"));
        take(text, MONTH_DAY, out, m -> date(m, num(m.group(1)) + "-" + num(m.group(2))));
        take(text, YEAR, out, m -> date(m, m.group(1)));
        take(text, AMOUNT, out, m -> new Fact(ClaimKind.AMOUNT, m.group(), won(m.group(1), m.group(2))));
        take(text, TIME, out, m -> new Fact(ClaimKind.TIME, m.group(), time(m)));
        take(text, count, out, m -> new Fact(ClaimKind.COUNT, m.group(), count(m.group(1), m.group(2))));
        take(text, MONTH_OR_DAY, out, m -> date(m, num(m.group(1)) + m.group(2)));
        take(text, NUMBER, out, m -> new Fact(ClaimKind.NUMBER, m.group(), m.group().replace(",", "")));
        return out;
    }

    private static Fact date(Matcher m, String normal) {
        return new Fact(ClaimKind.DATE, m.group(), normal);
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    private interface FactOf {
        Fact of(Matcher m);
    }

    private static void take(StringBuilder text, Pattern p, List<Fact> out, FactOf factOf) {
        Matcher m = p.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            out.add(factOf.of(m));
            spans.add(new int[] {m.start(), m.end()});
        }
        spans.forEach(s -> Cues.blank(text, s[0], s[1]));
    }

    private static String won(String digits, String unit) {
        double value = Double.parseDouble(digits.replace(",", ""));
        long multiplier = unit == null ? 1 : switch (unit) {
            case "억" -> 100_000_000L;
            case "천만" -> 10_000_000L;
            case "백만" -> 1_000_000L;
            case "만" -> 10_000L;
            default -> 1_000L;
        };
        return String.valueOf(Math.round(value * multiplier));
    }

    private static String time(Matcher m) {
        int hour = num(m.group(2)) + ("오후".equals(m.group(1)) && num(m.group(2)) < 12 ? 12 : 0);
        return hour + ":" + (m.group(3) == null ? (m.group().endsWith("반") ? "30" : "00") : m.group(3));
    }

    private String count(String number, String unit) {
        int n = numberWords.containsKey(number) ? numberWords.get(number) : Integer.parseInt(number);
        return n + ":" + units.get(unit);
    }
}
