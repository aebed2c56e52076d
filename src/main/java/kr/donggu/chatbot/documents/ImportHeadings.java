package kr.donggu.chatbot.documents;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How an imported file's line labels map onto the document format, from {@code dictionary/import-headings.yaml}:
 * the line markers to strip (□, ○, 1., 가.), what separates a label from its value, and which labels name the title
 * or a standard section. Labels are compared without spaces, as 공문 often spreads them ("일 시").
 */
final class ImportHeadings {

    static final String FILE = "import-headings.yaml";
    static final String TITLE = "title";

    /** Where a label goes: a header field ({@link #TITLE}) or a section heading. */
    record Target(String field, String heading) {
    }

    private final Pattern markers;
    private final Pattern separator;
    private final int labelMax;
    private final Map<String, Target> labels;
    private final java.util.Set<String> ignored;
    private final List<Rewrite> rewrites;

    /** A change of writing, not of content: a dotted 공문 date into the form a sentence can hold. */
    record Rewrite(Pattern from, String to) {
    }

    ImportHeadings(Pattern markers, Pattern separator, int labelMax, Map<String, Target> labels,
                   java.util.Set<String> ignored, List<Rewrite> rewrites) {
        this.markers = markers;
        this.separator = separator;
        this.labelMax = labelMax;
        this.labels = Map.copyOf(labels);
        this.ignored = java.util.Set.copyOf(ignored);
        this.rewrites = List.copyOf(rewrites);
    }

    static ImportHeadings load(Path knowledgeDir) {
        return DataFile.read(knowledgeDir, FILE).map(ImportHeadings::parse)
                .orElseGet(() -> new ImportHeadings(Pattern.compile("^(?:#{1,3})\\s*"), Pattern.compile("\\s*:\\s*"),
                        10, Map.of(), java.util.Set.of(), List.of()));
    }

    static ImportHeadings parse(DataFile file) {
        JsonNode root = file.root();
        int labelMax = root.path("label_max").asInt(0);
        if (labelMax < 2 || labelMax > 40) {
            throw file.problem("label_max", "2에서 40 사이의 수여야 합니다 / must be 2-40");
        }
        Map<String, Target> labels = new HashMap<>();
        file.words(root.path("fields").path(TITLE), "fields.title")
                .forEach(w -> labels.put(compact(w), new Target(TITLE, null)));
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("headings").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            file.words(e.getValue(), "headings." + e.getKey())
                    .forEach(w -> labels.put(compact(w), new Target(null, e.getKey())));
        }
        if (labels.isEmpty()) {
            throw file.problem("headings", "이름표가 하나도 없습니다 / no labels");
        }
        java.util.Set<String> ignored = new java.util.HashSet<>();
        if (root.has("ignore")) {
            file.words(root.get("ignore"), "ignore").forEach(w -> ignored.add(compact(w)));
        }
        return new ImportHeadings(file.pattern("markers"), file.pattern("separator"), labelMax, labels, ignored,
                rewrites(file));
    }

    private static List<Rewrite> rewrites(DataFile file) {
        List<Rewrite> rewrites = new java.util.ArrayList<>();
        int i = 0;
        for (JsonNode r : file.root().path("rewrites")) {
            String where = "rewrites[" + i++ + "]";
            rewrites.add(new Rewrite(file.pattern(r, "from", where), file.text(r, "to", where)));
        }
        return rewrites;
    }

    /** The line with every rewrite applied. */
    String rewrite(String line) {
        String out = line;
        for (Rewrite r : rewrites) {
            out = r.from().matcher(out).replaceAll(r.to());
        }
        return out;
    }

    /** The line without its leading marker; {@code marked} tells whether there was one. */
    record Line(String text, boolean marked) {
    }

    Line stripMarker(String line) {
        var m = markers.matcher(line);
        return m.lookingAt() && m.end() > 0 ? new Line(line.substring(m.end()).strip(), true) : new Line(line, false);
    }

    /** {@code [label, value]} when the line reads "label: value", else empty. */
    Optional<String[]> labelled(String line) {
        String[] parts = separator.split(line, 2);
        return parts.length == 2 && !parts[1].isBlank() && isLabelSized(parts[0]) ? Optional.of(parts)
                : Optional.empty();
    }

    /** Where the label goes by this table; empty when the table does not know it. */
    Optional<Target> target(String label) {
        return isLabelSized(label) ? Optional.ofNullable(labels.get(compact(label))) : Optional.empty();
    }

    /** Page furniture of a press release (보도자료, 배포일시: …), not content. */
    boolean ignored(String line) {
        return ignored.contains(compact(line)) || labelled(line).map(l -> ignored.contains(compact(l[0]))).orElse(false);
    }

    boolean isLabelSized(String text) {
        String c = compact(text);
        return !c.isEmpty() && c.length() <= labelMax;
    }

    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    List<String> knownLabels() {
        return labels.keySet().stream().sorted().toList();
    }
}
