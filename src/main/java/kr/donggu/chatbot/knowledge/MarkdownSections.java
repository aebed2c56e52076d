package kr.donggu.chatbot.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** Splits a Markdown body into its {@code ##} sections, as plain text, with CommonMark. */
final class MarkdownSections {

    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
    static final String LEAD_HEADING = "개요";

    private MarkdownSections() {
    }

    static List<Section> split(String markdown) {
        List<Section> sections = new ArrayList<>();
        String heading = LEAD_HEADING;
        StringBuilder text = new StringBuilder();
        for (Node node = PARSER.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h && h.getLevel() == 1) {
                continue;   // the document title, already in the front matter
            }
            if (node instanceof Heading h && h.getLevel() == 2) {
                add(sections, heading, text);
                heading = TEXT.render(h).strip();
                text.setLength(0);
                continue;
            }
            String part = TEXT.render(node).strip();
            if (!part.isEmpty()) {
                text.append(text.length() == 0 ? "" : "\n").append(part);
            }
        }
        add(sections, heading, text);
        return List.copyOf(sections);
    }

    private static void add(List<Section> sections, String heading, StringBuilder text) {
        String body = text.toString().strip();
        if (!body.isEmpty()) {
            sections.add(new Section(heading, body));
        }
    }
}
