package kr.donggu.chatbot.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kr.donggu.chatbot.knowledge.Texts;
import kr.donggu.chatbot.store.Records;

/**
 * The console's four charts for a period: questions per day, answer rate per day, questions per channel and the
 * most-asked programs. Each chart comes with its rows, which the console also shows as a table.
 */
final class StatsCharts {

    /** A chart as the console receives it. */
    record Chart(String id, String title, String summary, String svg, List<Row> rows) {
    }

    record Row(String label, String value) {
    }

    private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("M/d");
    private static final int LABEL_CHARS = 30;
    private static final Map<String, String> CHANNELS = Map.of("web", "웹", "kakao", "카카오톡", "telegram", "텔레그램",
            "slack", "슬랙", "line", "라인", "navertalk", "네이버 톡톡");

    private StatsCharts() {
    }

    static List<Chart> of(Records.Stats stats, StatsPeriod period, Function<String, String> programTitle) {
        return List.of(perDay(stats, period), ratePerDay(stats, period),
                ranked("channels", "채널별 질문 수", "채널", stats.channels(), id -> CHANNELS.getOrDefault(id, id)),
                ranked("programs", "많이 물은 사업", "사업", stats.topPrograms(), programTitle));
    }

    private static Chart perDay(Records.Stats stats, StatsPeriod period) {
        List<SvgChart.Point> points = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (LocalDate day : period.days()) {
            long n = stats.questionsPerDay().getOrDefault(day.toString(), 0L);
            points.add(new SvgChart.Point(DAY_LABEL.format(day), day + ": " + n + "건", (double) n));
            rows.add(new Row(day.toString(), n + "건"));
        }
        String summary = stats.questions() == 0 ? SvgChart.EMPTY
                : period.from() + "부터 " + period.to() + "까지 질문 " + stats.questions() + "건입니다.";
        return new Chart("questions-per-day", "날짜별 질문 수", summary,
                SvgChart.columns("chart-questions-per-day", "날짜별 질문 수", summary, points, SvgChart.BRAND), rows);
    }

    private static Chart ratePerDay(Records.Stats stats, StatsPeriod period) {
        List<SvgChart.Point> points = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (LocalDate day : period.days()) {
            long asked = stats.questionsPerDay().getOrDefault(day.toString(), 0L);
            long answered = stats.answeredPerDay().getOrDefault(day.toString(), 0L);
            Double rate = asked == 0 ? null : 100.0 * answered / asked;
            String value = rate == null ? "질문 없음" : percent(rate) + " (" + answered + "/" + asked + "건)";
            points.add(new SvgChart.Point(DAY_LABEL.format(day), day + ": " + value, rate));
            rows.add(new Row(day.toString(), value));
        }
        String summary = stats.questions() == 0 ? SvgChart.EMPTY
                : "이 기간 전체 답변률은 " + percent(100 * stats.answeredRate()) + "입니다.";
        return new Chart("answer-rate-per-day", "날짜별 답변률", summary,
                SvgChart.percentLine("chart-answer-rate-per-day", "날짜별 답변률", summary, points, SvgChart.GREEN),
                rows);
    }

    private static Chart ranked(String id, String title, String what, Map<String, Long> counts,
                                Function<String, String> label) {
        Map<String, Long> named = new LinkedHashMap<>();
        counts.forEach((key, n) -> named.merge(label.apply(key), n, Long::sum));
        List<SvgChart.Point> points = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        named.forEach((name, n) -> {
            points.add(new SvgChart.Point(Texts.shortenAtWord(name, LABEL_CHARS), name + ": " + n + "건", (double) n));
            rows.add(new Row(name, n + "건"));
        });
        String summary = named.isEmpty() ? SvgChart.EMPTY
                : "가장 많은 " + what + ": " + named.keySet().iterator().next() + " " + named.values().iterator().next()
                + "건.";
        return new Chart(id, title, summary, SvgChart.bars("chart-" + id, title, summary, points, SvgChart.BRAND), rows);
    }

    private static String percent(double value) {
        return Math.round(value) + "%";
    }
}
