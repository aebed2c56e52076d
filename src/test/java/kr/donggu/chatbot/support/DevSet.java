package kr.donggu.chatbot.support;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question set in the format of {@code knowledge/eval/dev-questions.json}, scored as its {@code about} says: the
 * turns of one session are sent in order and the last reply is scored; every group of {@code all} needs one of its
 * alternatives in the answer (whitespace removed, lower-cased); {@code answered}, when given, must match the reply's
 * flag; no {@code forbid} pattern may match the answer.
 */
public final class DevSet {

    public static final Path FILE = Fixtures.BUNDLED_KNOWLEDGE.resolve("eval/dev-questions.json");

    public record Case(String id, String cat, List<String> turns, List<List<String>> all, Boolean answered,
                       List<String> forbid) {

        /** Why the reply fails this case; empty when it passes. */
        public List<String> problems(JsonNode reply) {
            String answer = reply.get("answer").asText();
            String squeezed = answer.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
            List<String> problems = new ArrayList<>();
            for (List<String> group : all == null ? List.<List<String>>of() : all) {
                if (group.stream().noneMatch(a -> squeezed.contains(a.replaceAll("\\s+", "").toLowerCase(Locale.ROOT)))) {
                    problems.add("lacks " + String.join("|", group));
                }
            }
            if (answered != null && reply.get("answered").asBoolean() != answered) {
                problems.add("answered=" + reply.get("answered").asBoolean());
            }
            for (String f : forbid == null ? List.<String>of() : forbid) {
                if (Pattern.compile(f).matcher(answer).find()) {
                    problems.add("matches forbidden " + f);
                }
            }
            return problems;
        }
    }

    private DevSet() {
    }

    public static List<Case> load(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readerForListOf(Case.class).readValue(root.get("cases"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the question set " + file, e);
        }
    }

    /** Plays a case's turns in one session and returns the last reply. */
    public static JsonNode play(TestApp app, Case c) {
        String session = null;
        JsonNode reply = null;
        for (String turn : c.turns()) {
            reply = app.chat(session, turn);
            session = reply.get("sessionId").asText();
        }
        return reply;
    }
}
