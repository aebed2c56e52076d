package kr.donggu.chatbot.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * wrk (Debian's package) as the load generator for the latency levels: written in C, it leaves the two cores to the
 * server far more than a JVM client does. The Java client remains for checks that need every reply's message id.
 */
final class Wrk {

    private Wrk() {
    }

    static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/wrk"));
    }

    /** POST /api/chat with the questions in turn (bench/chat.lua). */
    static LoadTest.Result chat(int port, int clients, int seconds, List<String> questions, Path work)
            throws IOException, InterruptedException {
        Path file = work.resolve("questions.txt");
        Files.write(file, questions.stream().map(LoadTest::quote).toList(), StandardCharsets.UTF_8);
        return run(clients, seconds, List.of("-s", Path.of("bench/chat.lua").toAbsolutePath().toString(),
                "http://127.0.0.1:" + port, "--", file.toString()));
    }

    /** GET of one path: the server's own ceiling, with nothing behind the route. */
    static LoadTest.Result get(int port, int clients, int seconds, String path) throws IOException, InterruptedException {
        return run(clients, seconds, List.of("http://127.0.0.1:" + port + path));
    }

    private static LoadTest.Result run(int clients, int seconds, List<String> target)
            throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("wrk", "-t" + Math.min(2, clients), "-c" + clients,
                "-d" + seconds + "s", "--latency", "--timeout", "10s"));
        command.addAll(target);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return parse(out, clients, seconds);
    }

    /** wrk's text report as a result. */
    static LoadTest.Result parse(String out, int clients, int seconds) {
        int requests = intOf(out, "(\\d+) requests in");
        int errors = intOf(out, "Non-2xx or 3xx responses: (\\d+)") + socketErrors(out);
        return new LoadTest.Result(clients, seconds, requests - errors, errors, doubleOf(out, "Requests/sec:\\s+([\\d.]+)"),
                millis(out, "50%"), millis(out, "99%"));
    }

    private static double millis(String out, String percentile) {
        Matcher m = Pattern.compile(percentile + "\\s+([\\d.]+)(us|ms|s)").matcher(out);
        if (!m.find()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }

    private static int socketErrors(String out) {
        Matcher m = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(out);
        return m.find() ? Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)) + Integer.parseInt(m.group(3))
                + Integer.parseInt(m.group(4)) : 0;
    }

    private static int intOf(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static double doubleOf(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }
}
