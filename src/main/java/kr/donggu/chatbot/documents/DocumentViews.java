package kr.donggu.chatbot.documents;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kr.donggu.chatbot.knowledge.DocumentForm;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.ValidationReport.Problem;
import kr.donggu.chatbot.knowledge.ValidationReport.Severity;
import kr.donggu.chatbot.search.ProgramIndex;
import kr.donggu.chatbot.store.DocumentVersion;

/**
 * A document as the console shows it, judged by the knowledge in service: {@code status} is {@code ok},
 * {@code warning} (served, with something to fix), {@code error} (not served) or {@code deleted}; {@code flags} say
 * when its period is over or its review overdue.
 */
final class DocumentViews {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ProgramIndex index;
    private final int reviewMaxAgeDays;
    private final Clock clock;

    DocumentViews(ProgramIndex index, int reviewMaxAgeDays, Clock clock) {
        this.index = index;
        this.reviewMaxAgeDays = reviewMaxAgeDays;
        this.clock = clock;
    }

    /** One row of the list; {@code text} is the current text, or for a deleted document its last one. */
    ObjectNode summary(DocumentVersion latest, String text) {
        KnowledgeBase kb = index.knowledge();
        Optional<ProgramDocument> served = served(kb, latest);
        ObjectNode row = NODES.objectNode().put("id", latest.docId())
                .put("title", served.map(ProgramDocument::title).orElse(DocumentForm.read(text).path("title")
                        .asText(latest.fileName())))
                .put("status", status(kb, latest)).put("version", latest.version()).put("file", latest.fileName())
                .put("updatedBy", latest.actor()).put("updatedAt", latest.at().toString());
        served.ifPresent(d -> row.put("reviewed", d.reviewed() == null ? null : d.reviewed().toString()));
        row.set("flags", NODES.arrayNode().addAll(served.map(d -> d.attention(LocalDate.now(clock), reviewMaxAgeDays))
                .orElse(List.of()).stream().map(NODES::textNode).toList()));
        return row;
    }

    /** The form of the document with its version, status, problems in service and Markdown text. */
    ObjectNode detail(DocumentVersion latest, String text) {
        KnowledgeBase kb = index.knowledge();
        ObjectNode doc = DocumentForm.read(text);
        doc.put("version", latest.version()).put("status", status(kb, latest)).put("file", latest.fileName())
                .put("updatedBy", latest.actor()).put("updatedAt", latest.at().toString()).put("text", text);
        doc.set("problems", NODES.arrayNode().addAll(latest.deleted() ? List.of() : problems(kb, latest.fileName())
                .stream().map(p -> NODES.textNode(DocumentCheck.line(p))).toList()));
        return doc;
    }

    private String status(KnowledgeBase kb, DocumentVersion latest) {
        if (latest.deleted()) {
            return "deleted";
        }
        List<Problem> problems = problems(kb, latest.fileName());
        if (served(kb, latest).isEmpty() && !problems.isEmpty()
                || problems.stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
            return "error";
        }
        return problems.isEmpty() ? "ok" : "warning";
    }

    private static Optional<ProgramDocument> served(KnowledgeBase kb, DocumentVersion latest) {
        return latest.deleted() ? Optional.empty()
                : kb.find(latest.docId()).filter(d -> d.fileName().equals(latest.fileName()));
    }

    private static List<Problem> problems(KnowledgeBase kb, String file) {
        return kb.report().problems().stream().filter(p -> p.file().equals(file)).toList();
    }
}
