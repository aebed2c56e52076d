package kr.donggu.chatbot.web;

import java.util.List;
import java.util.Locale;

/**
 * Charts drawn on the server as SVG markup (no script, no inline style, so the console's strict CSP holds): columns
 * and a line over days, and labelled horizontal bars. Each SVG is a {@code role="img"} named by its title and a
 * one-sentence summary; every mark carries a {@code <title>} tooltip with its exact value.
 */
final class SvgChart {

    /** One value on the chart; {@code value} null is a gap (a day without questions has no answer rate). */
    record Point(String label, String tooltip, Double value) {
    }

    /** Narrow enough that 12-unit text stays readable when a phone shrinks the chart to its width. */
    static final int WIDTH = 420;
    private static final int LEFT = 42;
    private static final int RIGHT = 8;
    private static final int TOP = 10;
    private static final int BOTTOM = 24;
    private static final int PLOT_HEIGHT = 150;
    private static final int MAX_X_LABELS = 6;
    private static final int BAR_ROW = 40;
    private static final int BAR_HEIGHT = 14;
    static final String EMPTY = "이 기간에 질문이 없습니다.";
    private static final String INK = "#1a1a1a";
    private static final String MUTED = "#4a4a4a";
    private static final String GRID = "#d0d7e2";
    static final String BRAND = "#0b4f9c";
    static final String GREEN = "#15803d";

    private SvgChart() {
    }

    /** Vertical bars over a sequence (days), with a y axis of round steps. */
    static String columns(String id, String title, String summary, List<Point> points, String color) {
        Axis axis = Axis.of(max(points), false);
        StringBuilder svg = open(id, title, summary, height());
        grid(svg, axis);
        double slot = plotWidth() / (double) Math.max(1, points.size());
        double bar = Math.max(1, slot * 0.7);
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double v = p.value() == null ? 0 : p.value();
            double h = PLOT_HEIGHT * v / axis.top();
            svg.append("<rect x=\"").append(num(LEFT + i * slot + (slot - bar) / 2)).append("\" y=\"")
                    .append(num(TOP + PLOT_HEIGHT - h)).append("\" width=\"").append(num(bar)).append("\" height=\"")
                    .append(num(h)).append("\" fill=\"").append(color).append("\"><title>").append(esc(p.tooltip()))
                    .append("</title></rect>");
        }
        xLabels(svg, points, slot);
        return close(svg, max(points) == 0, TOP + PLOT_HEIGHT / 2);
    }

    /** A line over a sequence on a 0–100 % axis, broken where a value is missing, with a dot per value. */
    static String percentLine(String id, String title, String summary, List<Point> points, String color) {
        Axis axis = Axis.of(100, true);
        StringBuilder svg = open(id, title, summary, height());
        grid(svg, axis);
        double slot = plotWidth() / (double) Math.max(1, points.size());
        StringBuilder path = new StringBuilder();
        boolean drawing = false;
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (p.value() == null) {
                drawing = false;
                continue;
            }
            String x = num(LEFT + i * slot + slot / 2);
            String y = num(TOP + PLOT_HEIGHT - PLOT_HEIGHT * p.value() / axis.top());
            path.append(drawing ? " L" : " M").append(x).append(' ').append(y);
            drawing = true;
            dots.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"3.5\" fill=\"")
                    .append(color).append("\"><title>").append(esc(p.tooltip())).append("</title></circle>");
        }
        if (!path.isEmpty()) {
            svg.append("<path d=\"").append(path.toString().strip()).append("\" fill=\"none\" stroke=\"").append(color)
                    .append("\" stroke-width=\"2\"/>");
        }
        svg.append(dots);
        xLabels(svg, points, slot);
        return close(svg, path.isEmpty(), TOP + PLOT_HEIGHT / 2);
    }

    /** One horizontal bar per point in the order given, its label above it and its value after it. */
    static String bars(String id, String title, String summary, List<Point> points, String color) {
        int height = TOP + Math.max(1, points.size()) * BAR_ROW;
        StringBuilder svg = open(id, title, summary, height);
        double max = Math.max(1, max(points));
        double room = WIDTH - 48;
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double y = TOP + i * BAR_ROW;
            double w = Math.max(2, room * p.value() / max);
            svg.append(text(0, y + 12, "start", INK, p.label()));
            svg.append("<rect x=\"0\" y=\"").append(num(y + 18)).append("\" width=\"").append(num(w))
                    .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(color).append("\"><title>")
                    .append(esc(p.tooltip())).append("</title></rect>");
            svg.append(text(w + 6, y + 30, "start", INK, count(p.value())));
        }
        return close(svg, points.isEmpty(), height / 2 + 4);
    }

    /** Ends the SVG, saying so in visible text when there is nothing to draw. */
    private static String close(StringBuilder svg, boolean empty, double y) {
        if (empty) {
            svg.append(text(WIDTH / 2.0, y, "middle", MUTED, EMPTY));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, String title, String summary, int height) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t ").append(id)
                .append("-d\" font-size=\"12\"><title id=\"").append(id).append("-t\">").append(esc(title))
                .append("</title><desc id=\"").append(id).append("-d\">").append(esc(summary)).append("</desc>");
    }

    private static void grid(StringBuilder svg, Axis axis) {
        for (double v = 0; v <= axis.top() + 1e-9; v += axis.step()) {
            double y = TOP + PLOT_HEIGHT - PLOT_HEIGHT * v / axis.top();
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(num(y)).append("\" y2=\"").append(num(y)).append("\" stroke=\"").append(GRID).append("\"/>");
            svg.append(text(LEFT - 5, y + 4, "end", MUTED, axis.percent() ? count(v) + "%" : count(v)));
        }
    }

    private static void xLabels(StringBuilder svg, List<Point> points, double slot) {
        int every = Math.max(1, (int) Math.ceil(points.size() / (double) MAX_X_LABELS));
        for (int i = 0; i < points.size(); i += every) {
            svg.append(text(LEFT + i * slot + slot / 2, TOP + PLOT_HEIGHT + 18, "middle", MUTED,
                    points.get(i).label()));
        }
    }

    private static String text(double x, double y, String anchor, String color, String content) {
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\" fill=\"" + color + "\">"
                + esc(content) + "</text>";
    }

    private static double max(List<Point> points) {
        return points.stream().filter(p -> p.value() != null).mapToDouble(Point::value).max().orElse(0);
    }

    private static int height() {
        return TOP + PLOT_HEIGHT + BOTTOM;
    }

    private static int plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    static String count(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** A y axis from 0 to {@code top} in round steps (1, 2 or 5 times a power of ten), about four of them. */
    record Axis(double top, double step, boolean percent) {
        static Axis of(double max, boolean percent) {
            if (percent) {
                return new Axis(100, 25, true);
            }
            double rough = Math.max(1, max) / 4;
            double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
            double step = magnitude;
            for (double m : new double[] {1, 2, 5, 10}) {
                if (m * magnitude >= rough) {
                    step = Math.max(1, m * magnitude);
                    break;
                }
            }
            return new Axis(Math.max(step, step * Math.ceil(max / step)), step, false);
        }
    }
}
