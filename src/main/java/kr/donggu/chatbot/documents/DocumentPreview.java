package kr.donggu.chatbot.documents;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.donggu.chatbot.chat.ChatReply;
import kr.donggu.chatbot.chat.ChatService;
import kr.donggu.chatbot.search.ProgramIndex;

/**
 * The chatbot's answers from a draft before it is saved: the draft is validated like a save, a throwaway index is
 * built in the work folder from the draft and the other documents, and the real answer path runs on it. The served
 * index is never touched. One preview at a time: each builds an index, and the machine is small.
 */
final class DocumentPreview {

    static final int MAX_QUESTION_CHARS = 200;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final DocumentCheck check;
    private final ChatService chat;
    private final PreviewQuestions samples;
    private final Path workDir;

    DocumentPreview(DocumentCheck check, ChatService chat, PreviewQuestions samples, Path workDir) {
        this.check = check;
        this.chat = chat;
        this.samples = samples;
        this.workDir = workDir;
    }

    /** @param id the id of the saved document the draft edits, null for a new one */
    synchronized ObjectNode run(String id, String name, String text, List<String> questions) {
        DocumentCheck.Result result = check.check(id, name, text);
        if (!result.valid()) {
            throw DocumentException.invalidDocument(result.lines());
        }
        List<String> asked = questions.isEmpty() ? samples.forDocument(result.document().orElseThrow())
                : questions.stream().map(String::strip).filter(q -> !q.isEmpty()).limit(PreviewQuestions.COUNT)
                .map(q -> q.length() > MAX_QUESTION_CHARS ? q.substring(0, MAX_QUESTION_CHARS) : q).toList();
        Path dir = temporaryFolder();
        try (ProgramIndex draft = ProgramIndex.of(result.knowledge(), dir)) {
            ObjectNode out = NODES.objectNode();
            out.set("problems", NODES.arrayNode().addAll(result.lines().stream().map(NODES::textNode).toList()));
            ArrayNode answers = out.putArray("answers");
            List<ChatReply> replies = chat.preview(draft, asked);
            for (int i = 0; i < asked.size(); i++) {
                answers.add(answer(asked.get(i), replies.get(i)));
            }
            return out;
        } finally {
            WorkFolder.delete(dir);
        }
    }

    private static ObjectNode answer(String question, ChatReply reply) {
        ObjectNode a = NODES.objectNode().put("question", question).put("answer", reply.answer())
                .put("answered", reply.answered());
        ArrayNode sources = a.putArray("sources");
        reply.sources().forEach(s -> sources.addObject().put("id", s.id()).put("title", s.title())
                .put("section", s.section()));
        return a;
    }

    private Path temporaryFolder() {
        try {
            Files.createDirectories(workDir);
            return Files.createTempDirectory(workDir, "preview-");
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to create a preview folder in " + workDir, e);
        }
    }
}
