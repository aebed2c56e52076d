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
        List<Mention> replied = index.mentionsExactly(body(draft.text()));
        List<ConversationState.Topic> topics = ReferenceResolver.topicsOf(asked, draft.programId(), replied);
        ConversationState before = state.conversation();
        // "첫 번째랑 네 번째만" picks from the list: "세 번째는?" after it still counts in that list
        boolean picked = !resolution.listItems().isEmpty() && before.lastList().containsAll(resolution.listItems());
        if (picked) {
            topics = new ArrayList<>(topics);
            for (String item : resolution.listItems()) {
                topics.add(new ConversationState.Topic(item, null));
            }
        }
        ConversationState next = before.discussing(topics)
                .listing(picked ? List.of() : listed(replied, draft.programId(), index.knowledge()))
                .asked(kind.name())
                .enumerated(enumeratesAsked(resolution.query(), draft.text()) ? resolution.query() : null);
        return state.withConversation(next);
    }

    /** Items joined by middle dots or commas: "아동·청소년·장애인·노인", "버스 광고, 공동주택 엘리베이터 광고, 보도자료". */
    private static final java.util.regex.Pattern ENUMERATION =
            java.util.regex.Pattern.compile("[가-힣A-Za-z]+(?:\\s*[·,]\\s*[가-힣A-Za-z]+(?:\\s[가-힣A-Za-z]+)?){2,}");

    /** Whether the reply enumerates three or more things of which the question named one. */
    static boolean enumeratesAsked(String question, String reply) {
        String asked = kr.donggu.chatbot.knowledge.Texts.compact(question);
        java.util.regex.Matcher m = ENUMERATION.matcher(reply);
        while (m.find()) {
            for (String item : m.group().split("\\s*[·,]\\s*")) {
                String word = item.strip().split("\\s+")[0];
                if (word.length() >= 2 && asked.contains(word)) {
                    return true;
                }
            }
        }
        return false;
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
