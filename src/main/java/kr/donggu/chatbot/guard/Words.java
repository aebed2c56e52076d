package kr.donggu.chatbot.guard;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word lists of {@code guard-words.txt}: words with the same meaning (돕 = 지원), courtesy words, words too
 * generic to compare, lead-ins to strip, bare response words, words that are no venue before 에서, number words and
 * counting units, words of opposite meaning, and position words (앞, 안) that make a place of the name before them.
 */
final class Words {

    static final String FILE = "guard-words.txt";
    private static final Set<String> KEYS = Set.of("same", "courtesy", "generic", "lead-in", "response", "venue", "particle", "place-particle", "position", "opposite",
            "number", "unit");

    /** The unit classes a count may be compared in: 4개소 and 네 곳 are both four items. */
    static final Set<String> UNIT_CLASSES = Set.of("item", "person", "times", "duration", "area");

    private final Map<String, Set<String>> groupsOf = new HashMap<>();
    private final Map<String, Set<String>> lists = new HashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, String> units = new HashMap<>();
    private final Map<String, Set<String>> opposites = new HashMap<>();
    private Pattern leadIn = Pattern.compile("(?!)");

    private Words() {
    }

    static Words parse(String text, List<String> problems) {
        Words w = new Words();
        int group = 0;
        for (LexiconFile.Line line : LexiconFile.parse(FILE, text, KEYS, problems)) {
            switch (line.key()) {
                case "same" -> {
                    String id = "#" + group++;
                    line.values().forEach(v -> w.groupsOf.computeIfAbsent(v, k -> new HashSet<>()).add(id));
                }
                case "number" -> line.values().forEach(v -> w.pair(line, v, problems, (k, val) ->
                        w.numbers.put(k, Integer.parseInt(val)), "\\d+"));
                case "unit" -> line.values().forEach(v -> w.pair(line, v, problems, w.units::put,
                        String.join("|", UNIT_CLASSES)));
                case "opposite" -> line.values().forEach(v -> w.pair(line, v, problems, (a, b) -> {
                    w.opposites.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                    w.opposites.computeIfAbsent(b, k -> new HashSet<>()).add(a);
                }, "\\S+"));
                default -> w.lists.computeIfAbsent(line.key(), k -> new HashSet<>()).addAll(line.values());
            }
        }
        w.leadIn = Pattern.compile(w.list("lead-in").stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|", "^(?:(?:", ")[,.\\s]+)+")));
        return w;
    }

    private interface Put {
        void put(String key, String value);
    }

    private void pair(LexiconFile.Line line, String value, List<String> problems, Put put, String valueRegex) {
        String[] kv = value.split("=", 2);
        if (kv.length != 2 || !kv[1].strip().matches(valueRegex)) {
            problems.add(line.where() + ": expected 'word=" + valueRegex + "', was '" + value + "'");
        } else {
            put.put(kv[0].strip(), kv[1].strip());
        }
    }

    Set<String> list(String key) {
        return lists.getOrDefault(key, Set.of());
    }

    /** The word and the groups it belongs to: two words mean the same when these keys intersect. */
    Set<String> keysOf(String word) {
        Set<String> groups = groupsOf.get(word);
        if (groups == null) {
            return Set.of(word);
        }
        Set<String> keys = new HashSet<>(groups);
        keys.add(word);
        return keys;
    }

    String withoutLeadIn(String normalized) {
        return leadIn.matcher(normalized).replaceFirst("");
    }

    /** Words of opposite meaning (긍정 → 부정); empty for most words. */
    Set<String> opposites(String word) {
        return opposites.getOrDefault(word, Set.of());
    }

    Map<String, Integer> numbers() {
        return numbers;
    }

    Map<String, String> units() {
        return units;
    }
}
