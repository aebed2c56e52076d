package kr.donggu.chatbot.support;

import java.time.Duration;
import java.util.Map;

/** Reads counters from the server's {@code /metrics}, and waits (with a deadline) for one to reach a value. */
public final class Metrics {

    private Metrics() {
    }

    /** The sum of every series of {@code name} whose labels include all of {@code labels}. */
    public static double value(TestApp app, String name, Map<String, String> labels) {
        double sum = 0;
        for (String line : app.get("/metrics").body().split("\n")) {
            if (line.startsWith(name + "{") && labels.entrySet().stream()
                    .allMatch(l -> line.contains(l.getKey() + "=\"" + l.getValue() + "\""))) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    /** Polls until the counter reaches {@code atLeast} or 30 s pass; returns the last value read. */
    public static double await(TestApp app, String name, Map<String, String> labels, double atLeast) {
        try {
            return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(25))
                    .until(() -> value(app, name, labels), v -> v >= atLeast);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            return value(app, name, labels);   // the caller's assertion says what was expected
        }
    }
}
