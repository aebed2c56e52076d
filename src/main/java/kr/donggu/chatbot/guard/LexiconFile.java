package kr.donggu.chatbot.guard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One data file of the guard: {@code key: value, value} lines, comments after {@code #}, values separated by a comma
 * and a space (so a regex may hold {@code {1,2}}). A line with an unknown key or no values is a problem, not a crash:
 * staff edit these files while the service runs.
 */
final class LexiconFile {

    record Line(String file, int number, String key, List<String> values) {
        String where() {
            return file + " line " + number;
        }
    }

    private LexiconFile() {
    }

    static List<Line> parse(String file, String text, Set<String> knownKeys, List<String> problems) {
        List<Line> lines = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = withoutComment(raw[i]).strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? "" : line.substring(0, colon).strip();
            List<String> values = colon < 0 ? List.of() : Arrays.stream(line.substring(colon + 1).split(",\\s+"))
                    .map(String::strip).filter(v -> !v.isEmpty()).toList();
            String kind = key.split("\\s+")[0];
            if (!knownKeys.contains(kind) || values.isEmpty()) {
                problems.add(file + " line " + (i + 1) + ": expected '<" + String.join("|", knownKeys.stream().sorted()
                        .toList()) + ">: value, value', was '" + line + "'");
                continue;
            }
            lines.add(new Line(file, i + 1, key, values));
        }
        return lines;
    }

    private static String withoutComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }
}
