package kr.donggu.chatbot.guard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * The cue words of {@code guard-cues.txt}: what a sentence says about polarity (않았다, 넘어), scope (단독, 모두),
 * time (내년에도, 예정) and recurrence (매월, 토요일). Classes are searched in the file's order and what one class
 * found is blanked, so 나와 있지 않 counts as absence and not again as negation.
 */
final class Cues {

    /** The cue classes, by the name used in the file. */
    enum Cls {
        NEUTRAL, ABSENCE, ALSO, TOTAL, BEYOND, NEGATION, SOLO, JOINT, ALL, SOME, ONLY, CONTINUE, PLAN, CURRENT,
        RECURRENCE, PERIOD, REPORTED;

        static Set<String> names() {
            return Arrays.stream(values()).map(Cls::fileName).collect(Collectors.toSet());
        }

        String fileName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final String FILE = "guard-cues.txt";
    private static final String WORD_START = "(?<![가-힣a-z0-9])";

    private final Map<Cls, Pattern> patterns;

    private Cues(Map<Cls, Pattern> patterns) {
        this.patterns = patterns;
    }

    static Cues parse(String text, List<String> problems) {
        Map<Cls, Pattern> patterns = new LinkedHashMap<>();
        for (LexiconFile.Line line : LexiconFile.parse(FILE, text, Cls.names(), problems)) {
            Cls cls = Cls.valueOf(line.key().toUpperCase(Locale.ROOT));
            Pattern p = compile(line, problems);
            if (p != null && patterns.putIfAbsent(cls, p) != null) {
                problems.add(line.where() + ": class '" + line.key() + "' is given twice");
            }
        }
        return new Cues(patterns);
    }

    /** One pattern per class: word-initial literals behind one shared lookbehind, then infixes, then regexes. */
    private static Pattern compile(LexiconFile.Line line, List<String> problems) {
        List<String> wordInitial = new ArrayList<>();
        List<String> infix = new ArrayList<>();
        List<String> regexes = new ArrayList<>();
        line.values().stream().sorted(Comparator.comparingInt(String::length).reversed()).forEach(v -> {
            if (v.startsWith("~")) {
                try {
                    Pattern.compile(v.substring(1));
                    regexes.add("(?:" + v.substring(1) + ")");
                } catch (PatternSyntaxException e) {
                    problems.add(line.where() + ": not a regular expression: " + v);
                }
            } else if (v.startsWith("-")) {
                infix.add(literal(v.substring(1)));
            } else {
                wordInitial.add(literal(v));
            }
        });
        List<String> parts = new ArrayList<>();
        if (!wordInitial.isEmpty()) {
            parts.add(WORD_START + "(?:" + String.join("|", wordInitial) + ")");
        }
        if (!infix.isEmpty()) {
            parts.add("(?:" + String.join("|", infix) + ")");
        }
        parts.addAll(regexes);
        return parts.isEmpty() ? null : Pattern.compile(String.join("|", parts));
    }

    private static String literal(String words) {
        return Arrays.stream(words.split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s*"));
    }

    /** Every cue of {@code text}, by class, each written without spaces; found spans are blanked in {@code text}. */
    Map<Cls, Set<String>> find(StringBuilder text) {
        Map<Cls, Set<String>> found = new EnumMap<>(Cls.class);
        for (Map.Entry<Cls, Pattern> e : patterns.entrySet()) {
            Matcher m = e.getValue().matcher(text);
            List<int[]> spans = new ArrayList<>();
            while (m.find()) {
                if (m.end() > m.start()) {
                    found.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).add(m.group().replaceAll("\\s+", ""));
                    spans.add(new int[] {m.start(), m.end()});
                }
            }
            spans.forEach(s -> blank(text, s[0], s[1]));
        }
        return found;
    }

    static void blank(StringBuilder text, int start, int end) {
        for (int i = start; i < end; i++) {
            text.setCharAt(i, ' ');
        }
    }
}
