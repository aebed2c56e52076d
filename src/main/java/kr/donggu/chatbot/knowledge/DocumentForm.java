package kr.donggu.chatbot.knowledge;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.text.Normalizer;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A program document as the console's form shows it, and back: the front matter's fields as JSON plus
 * {@code "sections": [{"heading", "text"}]}. The form is only a view of the Markdown + YAML format: what the console
 * saves is written with {@link #write} and then parsed by {@link KnowledgeBase} like any file, so a form can never
 * make a document that loading would read differently.
 */
public final class DocumentForm {

    /** The front matter's fields, in the order they are written (the order of knowledge/README.md). */
    public static final List<String> FIELDS = List.of("id", "title", "category", "parent", "audience", "summary",
            "keywords", "kind", "aliases", "people", "year", "period", "url", "source", "reviewed", "eligibility");
    /** The heading of text before a document's first {@code ##} heading. */
    public static final String LEAD_HEADING = MarkdownSections.LEAD_HEADING;
    /** Fields the API adds around a document that are not part of it. */
    private static final Set<String> NOT_HEADER = Set.of("sections", "version", "status", "problems", "file", "flags",
            "text", "import", "deleted");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DocumentForm() {
    }

    /**
     * The form of a document's text, leniently: a header that is not valid YAML gives no fields (loading reports
     * why), so even a broken file can be opened, corrected and saved.
     */
    public static ObjectNode read(String markdown) {
        String text = Normalizer.normalize(markdown.replace("\r\n", "\n").replace("\uFEFF", ""), Normalizer.Form.NFC);
        String[] lines = text.split("\n", -1);
        int close = lines.length > 0 && lines[0].strip().equals("---") ? closing(lines) : -1;
        ObjectNode form = NODES.objectNode();
        if (close > 0) {
            copyHeader(header(String.join("\n", List.of(lines).subList(1, close))), form);
        }
        form.set("sections", sections(List.of(lines).subList(close + 1, lines.length)));
        return form;
    }

    /**
     * The Markdown + YAML text of a form. Values are trimmed, header values kept on one line, empty ones left out.
     *
     * @throws IllegalArgumentException with a Korean message when the form is not shaped like a document at all
     */
    public static String write(JsonNode form) {
        if (form == null || !form.isObject()) {
            throw new IllegalArgumentException("문서는 JSON 객체여야 합니다.");
        }
        ObjectNode header = NODES.objectNode();
        FIELDS.forEach(key -> putClean(header, key, form.get(key)));
        form.fieldNames().forEachRemaining(key -> {
            if (!FIELDS.contains(key) && !NOT_HEADER.contains(key)) {
                putClean(header, key, form.get(key));
            }
        });
        StringBuilder out = new StringBuilder("---\n").append(yaml(header)).append("---\n");
        if (header.hasNonNull("title")) {
            out.append("# ").append(header.get("title").asText()).append("\n");
        }
        for (JsonNode section : sectionsOf(form)) {
            String heading = oneLine(section.path("heading").asText("")).replaceFirst("^#+\\s*", "");
            String body = section.path("text").asText("").replace("\r\n", "\n").strip();
            if (heading.isEmpty() && body.isEmpty()) {
                continue;
            }
            if (heading.isEmpty()) {
                throw new IllegalArgumentException("절 제목이 비어 있는 절이 있습니다. 제목을 골라 주세요.");
            }
            out.append("\n## ").append(heading).append("\n").append(body).append("\n");
        }
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    /** Whether {@code id} is usable as a document id (and so as a file name): what loading requires. */
    public static boolean isValidId(String id) {
        return id != null && DocumentParser.ID.matcher(id).matches();
    }

    private static int closing(String[] lines) {
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                return i;
            }
        }
        return -1;
    }

    private static JsonNode header(String yaml) {
        try {
            JsonNode node = YAML.readTree(yaml);
            return node != null && node.isObject() ? node : NODES.objectNode();
        } catch (JacksonException e) {
            return NODES.objectNode();
        }
    }

    /** Known fields first, in their order, with {@code source} always as a list of {name, date}; then the rest. */
    private static void copyHeader(JsonNode header, ObjectNode form) {
        for (String key : FIELDS) {
            if (header.has(key)) {
                form.set(key, key.equals("source") ? sourceList(header.get(key)) : header.get(key));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = header.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!FIELDS.contains(e.getKey())) {
                form.set(e.getKey(), e.getValue());
            }
        }
    }

    private static ArrayNode sourceList(JsonNode source) {
        ArrayNode list = NODES.arrayNode();
        if (source == null || source.isNull()) {
            return list;
        }
        for (JsonNode item : source.isArray() ? source : List.of(source)) {
            list.add(item.isObject() ? item : NODES.objectNode().put("name", item.asText()));
        }
        return list;
    }

    /** The body's {@code ##} sections, raw Markdown kept; text before the first heading is the lead (개요). */
    private static ArrayNode sections(List<String> body) {
        ArrayNode sections = NODES.arrayNode();
        String heading = MarkdownSections.LEAD_HEADING;
        StringBuilder text = new StringBuilder();
        for (String line : body) {
            if (line.startsWith("# ")) {
                continue;   // the title, already in the front matter (loading skips it too)
            }
            if (line.startsWith("## ")) {
                addSection(sections, heading, text);
                heading = line.substring(3).strip();
                text.setLength(0);
            } else {
                text.append(line).append('\n');
            }
        }
        addSection(sections, heading, text);
        return sections;
    }

    private static void addSection(ArrayNode sections, String heading, StringBuilder text) {
        String body = text.toString().strip();
        if (!body.isEmpty()) {
            sections.addObject().put("heading", heading).put("text", body);
        }
    }

    private static Iterable<JsonNode> sectionsOf(JsonNode form) {
        JsonNode sections = form.get("sections");
        if (sections == null || sections.isNull()) {
            return List.of();
        }
        if (!sections.isArray()) {
            throw new IllegalArgumentException("sections는 절의 목록이어야 합니다.");
        }
        return sections;
    }

    private static void putClean(ObjectNode header, String key, JsonNode value) {
        JsonNode clean = clean(value);
        if (clean != null) {
            header.set(key, key.equals("year") && clean.isTextual() && clean.asText().matches("\\d{4}")
                    ? NODES.numberNode(Integer.parseInt(clean.asText())) : clean);
        }
    }

    /** Null for nothing worth writing: null, blank text, and lists or objects with nothing in them. */
    private static JsonNode clean(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            String text = oneLine(value.asText());
            return text.isEmpty() ? null : NODES.textNode(text);
        }
        if (value.isArray()) {
            ArrayNode out = NODES.arrayNode();
            value.forEach(v -> {
                JsonNode c = clean(v);
                if (c != null) {
                    out.add(c);
                }
            });
            return out.isEmpty() ? null : out;
        }
        if (value.isObject()) {
            ObjectNode out = NODES.objectNode();
            value.fields().forEachRemaining(e -> {
                JsonNode c = clean(e.getValue());
                if (c != null) {
                    out.set(e.getKey(), c);
                }
            });
            return out.isEmpty() ? null : out;
        }
        return value;
    }

    /** Header values stay on one line, so none can end the front matter or start a heading. */
    private static String oneLine(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    private static String yaml(ObjectNode header) {
        try {
            return header.isEmpty() ? "" : YAML.writeValueAsString(header);
        } catch (JacksonException e) {
            throw new IllegalStateException("A JSON tree could not be written as YAML", e);
        }
    }
}
