package kr.donggu.chatbot.documents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.ValidationReport.Problem;
import kr.donggu.chatbot.knowledge.ValidationReport.Severity;

/**
 * Validates a document's text exactly as loading does: the knowledge is loaded with the text in place of (or beside)
 * the others, by the same {@link KnowledgeBase} code, and the problems of that one file are what counts. Two rules
 * only the console needs are added: a document keeps its id, and no two documents share one.
 */
final class DocumentCheck {

    private final Path knowledgeDir;
    private final DocumentStore store;

    DocumentCheck(Path knowledgeDir, DocumentStore store) {
        this.knowledgeDir = knowledgeDir;
        this.store = store;
    }

    /** The outcome: the document if it would be served, the file's problems, and the whole knowledge with it. */
    record Result(Optional<ProgramDocument> document, List<Problem> problems, KnowledgeBase knowledge) {

        boolean valid() {
            return document.isPresent() && problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
        }

        /** File-line style, errors first: {@code programs/x.md:3 오류: …}. */
        List<String> lines() {
            return problems.stream().sorted((a, b) -> a.severity().compareTo(b.severity()))
                    .map(DocumentCheck::line).toList();
        }
    }

    /** @param id the id the document must keep (null for a new one) */
    Result check(String id, String name, String text) {
        KnowledgeBase kb = KnowledgeBase.load(knowledgeDir, store.with(name, text));
        List<Problem> problems = new ArrayList<>(kb.report().problems().stream()
                .filter(p -> p.file().equals(name)).toList());
        Optional<ProgramDocument> doc = kb.documents().stream().filter(d -> d.fileName().equals(name)).findFirst();
        doc.ifPresent(d -> {
            if (id != null && !id.equals(d.id())) {
                problems.add(error(name, "id는 바꿀 수 없습니다(원래 '" + id + "'). 다른 id로 쓰려면 새 문서로 추가해 주세요.",
                        "the id cannot change (was '" + id + "')"));
            }
            store.entries().stream().filter(e -> e.id().equals(d.id()) && !e.name().equals(name)).findFirst()
                    .ifPresent(e -> problems.add(error(name, "id '" + d.id() + "'는 이미 " + e.name() + " 문서가 쓰고 있습니다.",
                            "id '" + d.id() + "' is already used by " + e.name())));
        });
        return new Result(doc, List.copyOf(problems), kb);
    }

    static String line(Problem p) {
        return p.file() + ":" + p.line() + " " + (p.severity() == Severity.ERROR ? "오류" : "경고") + ": " + p.messageKo();
    }

    private static Problem error(String name, String ko, String en) {
        return new Problem(name, 2, Severity.ERROR, ko, en);
    }
}
