package kr.donggu.chatbot.guard;

import kr.donggu.chatbot.knowledge.Texts;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the facts of a text and writes each in a normal form: 2025. 12. 18. and 2025년 12월 18일 are both
 * {@code 2025-12-18}; 500만 원 is {@code 5000000}; 다섯 개 is {@code 5개}; 4개소 and 네 곳 are both {@code 4곳}.
 * Patterns run in order and blank out what they matched, so a date's digits are not counted again as numbers.
 */
final class FactExtractor {

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("한", 1), Map.entry("하나", 1),
            Map.entry("두", 2), Map.entry("둘", 2), Map.entry("세", 3), Map.entry("셋", 3), Map.entry("네", 4),
            Map.entry("넷", 4), Map.entry("다섯", 5), Map.entry("여섯", 6), Map.entry("일곱", 7), Map.entry("여덟", 8),
            Map.entry("아홉", 9), Map.entry("열", 10), Map.entry("스무", 20), Map.entry("스물", 20));
    private static final String NUM_WORD = "한|하나|두|둘|세|셋|네|넷|다섯|여섯|일곱|여덟|아홉|열|스무|스물";
    private static final Set<String> PLACE_UNITS = Set.of("곳", "개소", "군데");

    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s)>\"']+|\\bwww\\.[^\\s)>\"']+"
            + "|\\b[a-z0-9-]+\\.(?:go\\.kr|or\\.kr|co\\.kr|kr|com|net|org)\\b");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:\\+82[ -]?)?0?\\d{1,3}[ -.)]\\d{3,4}[ -.]\\d{4}(?!\\d)"
            + "|(?<!\\d)1[5-9]\\d{2}-\\d{4}(?!\\d)");
    private static final Pattern FULL_DATE = Pattern.compile(
            "(\\d{4})\\s*(?:년|[.\\-/])\\s*(\\d{1,2})\\s*(?:월|[.\\-/])\\s*(\\d{1,2})\\s*(?:일|\\.)?");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*년");
    private static final Pattern MONTH_OR_DAY = Pattern.compile("(\\d{1,2})\\s*(월|일)(?![가-힣])");
    private static final Pattern AMOUNT = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s*(억|천만|백만|만|천)?\\s*원");
    private static final Pattern COUNT = Pattern.compile(
            "(\\d+|" + NUM_WORD + ")\\s*(개소|개|곳|군데|명|회|가지|건|팀|차례|주|개월|년간|일간)");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?:\\(주\\)|㈜|주식회사)\\s*[가-힣A-Za-z0-9]+|[가-힣A-Za-z0-9]{2,}(?:센터|연합회|협회|재단|협동조합|위원회|진흥원|공단|구청|시청|연구원)");

    private FactExtractor() {
    }

    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    static List<Fact> facts(String rawText) {
        StringBuilder text = new StringBuilder(normalize(rawText));
        List<Fact> out = new ArrayList<>();
        take(text, EMAIL, out, m -> new Fact(FactKind.EMAIL, m.group(), m.group()));
        take(text, URL, out, m -> new Fact(FactKind.URL, m.group(), m.group().replaceAll("^https?://|/$", "")));
        take(text, PHONE, out, m -> new Fact(FactKind.PHONE, m.group(), m.group().replaceAll("\\D", "")));
        take(text, FULL_DATE, out, m -> new Fact(FactKind.DATE, m.group(),
                m.group(1) + "-" + Integer.parseInt(m.group(2)) + "-" + Integer.parseInt(m.group(3))));
        take(text, MONTH_DAY, out, m -> new Fact(FactKind.DATE, m.group(),
                Integer.parseInt(m.group(1)) + "-" + Integer.parseInt(m.group(2))));
        take(text, YEAR, out, m -> new Fact(FactKind.DATE, m.group(), m.group(1)));
        take(text, AMOUNT, out, m -> new Fact(FactKind.AMOUNT, m.group(), won(m.group(1), m.group(2))));
        take(text, COUNT, out, m -> new Fact(FactKind.COUNT, m.group(), count(m.group(1), m.group(2))));
        take(text, MONTH_OR_DAY, out, m -> new Fact(FactKind.DATE, m.group(), Integer.parseInt(m.group(1)) + m.group(2)));
        take(text, NUMBER, out, m -> new Fact(FactKind.NUMBER, m.group(), m.group().replace(",", "")));
        take(text, ORGANISATION, out, m -> new Fact(FactKind.ORGANISATION, m.group(),
                Texts.withoutSpaces(m.group()).replace("㈜", "(주)").replace("주식회사", "(주)")));
        return out;
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
        for (int[] s : spans) {
            for (int i = s[0]; i < s[1]; i++) {
                text.setCharAt(i, ' ');
            }
        }
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

    private static String count(String number, String unit) {
        int n = NUMBER_WORDS.containsKey(number) ? NUMBER_WORDS.get(number) : Integer.parseInt(number);
        return n + (PLACE_UNITS.contains(unit) ? "곳" : unit);
    }
}
