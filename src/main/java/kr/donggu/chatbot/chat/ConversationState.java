package kr.donggu.chatbot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a conversation is about, remembered between turns and stored with the session: the things discussed, most
 * recent first (documents, and people of documents), the last list the bot enumerated (so "두 번째 건?" works), the
 * items of it already discussed, and the kind of the last question. Plain values, so it serialises as JSON.
 */
public record ConversationState(List<Topic> topics, List<String> lastList, List<String> discussed, String lastKind) {

    static final int MAX_TOPICS = 8;

    /** A document ({@code person} null) or a person of a document that was discussed. */
    public record Topic(String docId, String person) {
    }

    public static final ConversationState NEW = new ConversationState(List.of(), List.of(), List.of(), null);

    public ConversationState {
        topics = topics == null ? List.of() : List.copyOf(topics);
        lastList = lastList == null ? List.of() : List.copyOf(lastList);
        discussed = discussed == null ? List.of() : List.copyOf(discussed);
    }

    /** The document under discussion, or null. */
    public String focus() {
        return topics.isEmpty() ? null : topics.get(0).docId();
    }

    /** The state with these topics discussed now, the last of them the most recent. */
    ConversationState discussing(List<Topic> now) {
        List<Topic> next = new ArrayList<>();
        for (int i = now.size() - 1; i >= 0; i--) {
            if (!next.contains(now.get(i))) {
                next.add(now.get(i));
            }
        }
        topics.stream().filter(t -> !next.contains(t)).forEach(next::add);
        List<String> done = new ArrayList<>(discussed);
        now.stream().map(Topic::docId).filter(Objects::nonNull).filter(d -> !done.contains(d)).forEach(done::add);
        return new ConversationState(next.subList(0, Math.min(MAX_TOPICS, next.size())), lastList,
                done.subList(Math.max(0, done.size() - 3 * MAX_TOPICS), done.size()), lastKind);
    }

    ConversationState listing(List<String> items) {
        return items.size() < 2 ? this : new ConversationState(topics, items, List.of(), lastKind);
    }

    ConversationState asked(String kind) {
        return new ConversationState(topics, lastList, discussed, kind);
    }
}
