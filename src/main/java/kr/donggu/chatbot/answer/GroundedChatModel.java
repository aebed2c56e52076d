package kr.donggu.chatbot.answer;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.rag.content.Content;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kr.donggu.chatbot.knowledge.Lexicon;
import kr.donggu.chatbot.knowledge.SectionKey;

/**
 * The default answerer: a {@link ChatModel} that needs no network and no model. It answers only from the evidence
 * sentences the retriever handed over (see {@link RetrievedContents}), verbatim and in document order (see
 * {@link AnswerComposer}). It never writes a sentence the documents do not contain, apart from its fixed
 * framing sentences ({@link Replies}). The AI message carries {@link #ANSWERED}, {@link #REASON} and
 * {@link #SOURCES} attributes so the chat layer reports honestly what the answer rests on.
 */
public final class GroundedChatModel implements ChatModel {

    public static final String ANSWERED = "answered";
    public static final String REASON = "reason";
    /** The cited sections, as {@link SectionKey#toMap()} values. */
    public static final String SOURCES = "sources";
    /** The document the answer is about; absent for a list of programs. */
    public static final String SUBJECT = "subject";
    public static final String MODEL_NAME = "embedded";

    private final Supplier<Lexicon> lexicon;

    /** @param lexicon the current language data (it changes when the knowledge is reloaded) */
    public GroundedChatModel(Supplier<Lexicon> lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        // the last user message: after a tool call the request ends with the tool's result instead
        UserMessage user = null;
        for (int i = messages.size() - 1; i >= 0 && user == null; i--) {
            user = messages.get(i) instanceof UserMessage u ? u : null;
        }
        List<Content> retrieved = user == null ? List.of() : RetrievedContents.of(user);
        if (retrieved.isEmpty()) {
            return response(Replies.NOT_FOUND, false, "not_found", List.of(), null);
        }
        AnswerComposer.Composed answer = new AnswerComposer(lexicon.get()).compose(RetrievedContents.question(user),
                EvidenceLine.kind(retrieved.get(0)), retrieved.stream().map(EvidenceLine::of).toList(),
                EvidenceLine.contradicted(retrieved.get(0)));
        return response(answer.text(), answer.answered(), answer.reason(), answer.sources(), answer.subject());
    }

    private static ChatResponse response(String text, boolean answered, String reason, List<SectionKey> sources,
                                         String subject) {
        Map<String, Object> attributes = new HashMap<>();
        if (subject != null) {
            attributes.put(SUBJECT, subject);
        }
        attributes.put(ANSWERED, answered);
        attributes.put(SOURCES, sources.stream().map(SectionKey::toMap).toList());
        if (reason != null) {
            attributes.put(REASON, reason);
        }
        return ChatResponse.builder()
                .aiMessage(AiMessage.builder().text(text).attributes(attributes).build())
                .finishReason(FinishReason.STOP)
                .modelName(MODEL_NAME)
                .build();
    }

    /** The section a retrieved content comes from. */
    public static SectionKey sourceKey(Content c) {
        return EvidenceLine.of(c).key();
    }
}
