package kr.donggu.chatbot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.QuestionKind;
import kr.donggu.chatbot.search.Mention;
import kr.donggu.chatbot.search.ProgramIndex;

/**
 * Updates what the conversation is about after a reply: what the question named (or was resolved to), the reply's
 * subject and the people it names become the most recent topics; a reply that names several documents in turn (the
 * five projects, the programs an enterprise joined) becomes the list that "두 번째 건" and "나머지" refer to.
 */
final class ConversationTracker {

    private final ProgramIndex index;

    ConversationTracker(ProgramIndex index) {
        this.index = index;
    }

    SessionState after(SessionState state, ReferenceResolver.Resolution resolution, Draft draft, QuestionKind kind) {
        List<Mention> asked = index.mentions(resolution.query());
        List<Mention> replied = index.mentions(body(draft.text()));
        List<ConversationState.Topic> topics = ReferenceResolver.topicsOf(asked, draft.programId(), replied);
        ConversationState next = state.conversation().discussing(topics)
                .listing(listed(replied, draft.programId(), index.knowledge()))
                .asked(kind.name());
        return state.withConversation(next);
    }

    /** The reply without its first line, which only announces the subject. */
    private static String body(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(newline + 1);
    }

    /** The documents the reply names in turn, without its subject and without the parent of listed items. */
    private static List<String> listed(List<Mention> replied, String subject, KnowledgeBase kb) {
        List<String> docs = replied.stream().filter(m -> !m.isPerson()).map(Mention::docId).distinct()
                .collect(Collectors.toCollection(ArrayList::new));
        Set<String> parents = docs.stream().map(kb::find).flatMap(java.util.Optional::stream)
                .map(ProgramDocument::parent).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        docs.removeIf(d -> d.equals(subject) || parents.contains(d));
        return docs;
    }
}
