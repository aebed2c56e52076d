package kr.donggu.chatbot.answer;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.injector.ContentInjector;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands retrieved sections to the model in two forms at once: as clearly delimited Korean text for an LLM, and as
 * structured message attributes for the in-process {@link GroundedChatModel}, which must not parse prompt text.
 */
public final class RetrievedContents implements ContentInjector {

    static final String QUESTION = "question";
    static final String RETRIEVED = "retrieved";

    @Override
    public ChatMessage inject(List<Content> contents, ChatMessage message) {
        UserMessage user = (UserMessage) message;
        Map<String, Object> attributes = new HashMap<>(user.attributes());
        attributes.put(QUESTION, user.singleText());
        attributes.put(RETRIEVED, List.copyOf(contents));
        return user.toBuilder()
                .contents(List.of(dev.langchain4j.data.message.TextContent.from(Prompts.userPrompt(user.singleText(), contents))))
                .attributes(attributes)
                .build();
    }

    @SuppressWarnings("unchecked")
    static List<Content> of(UserMessage message) {
        Object value = message.attributes().get(RETRIEVED);
        return value instanceof List<?> list ? (List<Content>) list : List.of();
    }

    static String question(UserMessage message) {
        Object value = message.attributes().get(QUESTION);
        return value instanceof String s ? s : message.singleText();
    }
}
