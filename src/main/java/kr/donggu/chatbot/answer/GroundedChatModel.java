package kr.donggu.chatbot.answer;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.rag.content.Content;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.donggu.chatbot.search.QuestionKind;

/**
 * The default answerer: a {@link ChatModel} that needs no network and no model. It answers only from the sections
 * the retriever handed over (see {@link RetrievedContents}): it takes the best program, the section that answers
 * this kind of question, and that section's most relevant sentences, verbatim. It never writes a sentence the
 * documents do not contain. The AI message carries {@link #ANSWERED}, {@link #REASON} and {@link #SOURCES}
 * attributes so the chat layer reports honestly what the answer rests on.
 */
public final class GroundedChatModel implements ChatModel {

    public static final String ANSWERED = "answered";
    public static final String REASON = "reason";
    public static final String SOURCES = "sources";
    public static final String MODEL_NAME = "embedded";

    private static final int MAX_SENTENCES = 6;

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
            return response(Replies.NOT_FOUND, false, "not_found", List.of());
        }
        return answer(RetrievedContents.question(user), retrieved);
    }

    private static ChatResponse answer(String question, List<Content> retrieved) {
        QuestionKind kind = QuestionKind.valueOf(meta(retrieved.get(0), "kind"));
        String docId = meta(retrieved.get(0), "docId");
        List<Content> ofProgram = retrieved.stream().filter(c -> docId.equals(meta(c, "docId"))).toList();
        // the retriever already ordered the program's sections for this kind of question
        Content best = ofProgram.get(0);
        List<String> sentences = new ArrayList<>(SentencePicker.pick(question, kind, best.textSegment().text(),
                sentencesFor(kind)));
        List<String> sources = new ArrayList<>(List.of(sourceKey(best)));
        if (sentences.size() < 2 && ofProgram.size() > 1) {
            Content next = ofProgram.get(1);
            sentences.addAll(SentencePicker.pick(question, kind, next.textSegment().text(), 2));
            sources.add(sourceKey(next));
        }
        String body = Replies.INTRO.formatted(meta(best, "title")) + "\n" + String.join(" ", sentences);
        Optional<Details> demanded = Details.demandedBy(question, kind);
        if (demanded.isPresent() && !demanded.get().statedIn(String.join(" ", sentences))) {
            return response(body + "\n" + Replies.detailMissing(demanded.get().label()), false, "detail_missing", sources);
        }
        return response(body, true, null, sources);
    }

    /** Specific questions get the one or two sentences that answer; broad ones get the whole (short) section. */
    private static int sentencesFor(QuestionKind kind) {
        return switch (kind) {
            case WHEN, WHERE, CONTACT, AMOUNT -> 2;
            case WHO, HOW, APPLY, RESULT, PERSON -> 3;
            case WHAT, DETAIL, COUNT -> MAX_SENTENCES;
        };
    }

    private static ChatResponse response(String text, boolean answered, String reason, List<String> sources) {
        Map<String, Object> attributes = new java.util.HashMap<>();
        attributes.put(ANSWERED, answered);
        attributes.put(SOURCES, List.copyOf(sources));
        if (reason != null) {
            attributes.put(REASON, reason);
        }
        return ChatResponse.builder()
                .aiMessage(AiMessage.builder().text(text).attributes(attributes).build())
                .finishReason(FinishReason.STOP)
                .modelName(MODEL_NAME)
                .build();
    }

    /** "docId\tsection": how the chat layer finds which retrieved sections an answer used. */
    public static String sourceKey(Content c) {
        return meta(c, "docId") + "\t" + meta(c, "section");
    }

    private static String meta(Content c, String key) {
        return c.textSegment().metadata().getString(key);
    }
}
