package kr.donggu.chatbot.bench;

import java.util.Arrays;
import java.util.List;

/** Percentiles of a sample, in the unit the sample is in. */
final class Stats {

    private Stats() {
    }

    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }
}
