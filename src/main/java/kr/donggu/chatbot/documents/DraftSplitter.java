package kr.donggu.chatbot.documents;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import kr.donggu.chatbot.knowledge.DocumentForm;
import kr.donggu.chatbot.knowledge.Lexicon;

/**
 * Splits the text of an imported file into candidate sections of a draft document. A line labelled 제목 gives the
 * title; a label the table maps (일시 → 일정, 장소, 대상, 문의 → 신청·문의), alone on its line or before a value,
 * opens that section; every other line belongs to the section above it (개요 at first). Lines a PDF wrapped in the
 * middle of a sentence are joined again. Nothing is invented: every word of the draft is a word of the file.
 */
final class DraftSplitter {

    static final int TITLE_MAX = 80;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A line that ends a sentence or a labelled value: a wrapped line after it starts a new paragraph. */
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?。)\\]다요]$");
    /** Page furniture a PDF repeats: "- 1 -", "1 / 3". */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-–\\s]*\\d{1,3}\\s*(/\\s*\\d{1,3})?[-–\\s]*$");

    private final ImportHeadings headings;
    private final Supplier<Lexicon.Sections> standard;

    DraftSplitter(ImportHeadings headings, Supplier<Lexicon.Sections> standard) {
        this.headings = headings;
        this.standard = standard;
    }

    /** The draft's title (null when none was found) and its sections in the order they first appear. */
    record Split(String title, Map<String, List<String>> sections, List<String> notes) {
    }

    Split split(String text) {
        List<String> lines = new ArrayList<>(lines(text).stream().map(headings::rewrite)
                .filter(l -> !headings.ignored(headings.stripMarker(l).text())).toList());
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        String title = lines.stream().anyMatch(this::namesTitle) ? null : headline(lines, notes);
        String opened = null;   // the section a heading line opened, which takes every line up to the next one
        boolean titleNext = false;
        for (String raw : lines) {
            ImportHeadings.Line line = headings.stripMarker(raw);
            Optional<String[]> labelled = headings.labelled(line.text());
            Optional<ImportHeadings.Target> alone = headings.isLabelSized(line.text()) ? target(line.text())
                    : Optional.empty();
            Optional<ImportHeadings.Target> before = labelled.flatMap(l -> target(l[0]));
            String current = opened == null ? DocumentForm.LEAD_HEADING : opened;
            if (titleNext) {
                title = line.text();
                titleNext = false;
            } else if (alone.isPresent()) {
                titleNext = alone.get().field() != null;
                opened = alone.get().heading() != null ? alone.get().heading() : opened;
            } else if (before.isPresent() && before.get().field() != null) {
                title = title == null ? labelled.get()[1] : title;
            } else if (before.isPresent()) {
                String label = spacedOut(labelled.get()[0]) + ": " + labelled.get()[1];
                add(sections, opened == null ? before.get().heading() : opened, label, true);
            } else {
                add(sections, current, line.text(), line.marked());
            }
        }
        if (title == null) {
            notes.add("제목을 찾지 못했습니다. 제목을 적어 주세요.");
        }
        return new Split(title, sections, notes);
    }

    /** The form of a draft: its title, sections, and the file named as its source. */
    static ObjectNode form(Split split, String sourceName) {
        ObjectNode form = NODES.objectNode();
        if (split.title() != null) {
            form.put("title", split.title());
        }
        form.put("kind", "program");
        form.putArray("audience");
        form.putArray("source").addObject().put("name", sourceName);
        ArrayNode sections = form.putArray("sections");
        split.sections().forEach((heading, paragraphs) -> sections.addObject().put("heading", heading)
                .put("text", String.join("\n", paragraphs)));
        return form;
    }

    private Optional<ImportHeadings.Target> target(String label) {
        return headings.target(label).or(() -> standard.get().standardFor(label.strip())
                .map(h -> new ImportHeadings.Target(null, h)));
    }

    /** Whether the line is labelled 제목 (alone, or before the title itself). */
    private boolean namesTitle(String raw) {
        String line = headings.stripMarker(raw).text();
        Optional<ImportHeadings.Target> t = headings.isLabelSized(line) ? target(line)
                : headings.labelled(line).flatMap(l -> target(l[0]));
        return t.map(x -> x.field() != null).orElse(false);
    }

    /** A 보도자료 without a 제목 label starts with its headline: its first line, if short enough, is taken out. */
    private static String headline(List<String> lines, List<String> notes) {
        if (lines.isEmpty() || lines.get(0).length() > TITLE_MAX) {
            return null;
        }
        notes.add("'제목' 이름표가 없어 첫 줄을 제목으로 썼습니다. 확인해 주세요.");
        return lines.remove(0);
    }

    /** "일 시" is 일시 spread over a table cell; "신청 방법" keeps its space. */
    private static String spacedOut(String label) {
        String[] words = label.strip().split("\\s+");
        return java.util.Arrays.stream(words).allMatch(w -> w.length() == 1) ? String.join("", words)
                : String.join(" ", words);
    }

    private static void add(Map<String, List<String>> sections, String heading, String line, boolean startsParagraph) {
        List<String> paragraphs = sections.computeIfAbsent(heading, h -> new ArrayList<>());
        int last = paragraphs.size() - 1;
        if (!startsParagraph && last >= 0 && !ENDS_SENTENCE.matcher(paragraphs.get(last)).matches()) {
            paragraphs.set(last, paragraphs.get(last) + " " + line);
        } else {
            paragraphs.add(line);
        }
    }

    private static List<String> lines(String text) {
        String normal = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        List<String> out = new ArrayList<>();
        for (String line : normal.split("\n")) {
            String clean = line.replace('\u00A0', ' ').replaceAll("[\\t ]+", " ").strip();
            if (!clean.isEmpty() && !PAGE_NUMBER.matcher(clean).matches()) {
                out.add(clean);
            }
        }
        return out;
    }
}
