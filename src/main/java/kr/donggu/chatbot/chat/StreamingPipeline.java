package kr.donggu.chatbot.chat;

import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.invocation.InvocationParameters;
import dev.langchain4j.rag.RetrievalAugmentor;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.TokenStream;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import dev.langchain4j.service.memory.ChatMemoryAccess;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import kr.donggu.chatbot.answer.Prompts;
import kr.donggu.chatbot.guard.ClaimGuard;
import kr.donggu.chatbot.knowledge.KnowledgeBase;

/**
 * The language model's answer as it is generated, one sentence at a time: a sentence is passed on only once it is
 * complete and the claim guard finds it supported by the documents the model was given, so nothing unchecked
 * leaves the server even while streaming. A model that fails or stalls yields empty, and the caller answers
 * without streaming (the embedded fallback).
 */
final class StreamingPipeline {

    interface StreamingAssistant extends ChatMemoryAccess {
        @UserMessage("{{question}}")
        TokenStream chat(@MemoryId String sessionId, @V("question") String question, InvocationParameters params);
    }

    private final StreamingAssistant assistant;
    private final Duration deadline;
    private final ModelReplies replies;

    StreamingPipeline(StreamingChatModel model, ChatMemoryStore memory, RetrievalAugmentor augmentor, List<Object> tools,
                      Duration timeout, ModelReplies replies) {
        var builder = AiServices.builder(StreamingAssistant.class)
                .streamingChatModel(model)
                .systemMessageProvider(id -> Prompts.SYSTEM)
                .chatMemoryProvider(id -> MessageWindowChatMemory.builder().id(id)
                        .maxMessages(AnswerPipeline.MEMORY_MESSAGES).chatMemoryStore(memory).build())
                .retrievalAugmentor(augmentor)
                .storeRetrievedContentInChatMemory(false);
        if (!tools.isEmpty()) {
            builder.tools(tools.toArray());
        }
        this.assistant = builder.build();
        this.deadline = timeout.multipliedBy(3);
        this.replies = replies;
    }

    Optional<Draft> stream(String sessionId, String question, ReferenceResolver.Resolution resolution,
                           SessionState state, ClaimGuard guard, KnowledgeBase kb, Consumer<String> onSentence) {
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        List<Content> retrieved = new ArrayList<>();
        List<String> soFar = new ArrayList<>();
        SentenceBuffer sentences = new SentenceBuffer(sentence -> {
            if (ModelReplies.isNotFound(sentence)) {
                return;
            }
            // judged with the sentences before it, which may name the subject this one leaves out
            soFar.add(sentence);
            List<String> docIds = retrieved.stream().map(c -> c.textSegment().metadata().getString("docId")).toList();
            String topic = docIds.isEmpty() ? state.programId() : docIds.get(0);
            var verdicts = guard.check(soFar, guard.evidenceFor(kb, String.join(" ", soFar), docIds, topic)).verdicts();
            if (verdicts.get(verdicts.size() - 1).kept()) {
                onSentence.accept(sentence);
            }
        });
        try {
            assistant.chat(sessionId, question, ModelReplies.parameters(resolution))
                    .onRetrieved(retrieved::addAll)
                    .onPartialResponse(sentences::add)
                    .onCompleteResponse(done::complete)
                    .onError(done::completeExceptionally)
                    .start();
            ChatResponse response = done.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            sentences.flush();
            String text = response.aiMessage().text();
            if (text == null || text.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(replies.toDraft(text, Map.of(), retrieved, response.modelName(), state));
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        } finally {
            assistant.evictChatMemory(sessionId);
        }
    }

    /** Collects streamed text and hands on each finished sentence (ending in . ! ? or a line break). */
    private static final class SentenceBuffer {
        private final StringBuilder pending = new StringBuilder();
        private final Consumer<String> onSentence;

        SentenceBuffer(Consumer<String> onSentence) {
            this.onSentence = onSentence;
        }

        synchronized void add(String token) {
            pending.append(token);
            int end;
            while ((end = boundary()) >= 0) {
                String sentence = pending.substring(0, end + 1);
                pending.delete(0, end + 1);
                if (!sentence.isBlank()) {
                    onSentence.accept(sentence);
                }
            }
        }

        synchronized void flush() {
            if (!pending.toString().isBlank()) {
                onSentence.accept(pending.toString());
            }
            pending.setLength(0);
        }

        private int boundary() {
            for (int i = 0; i < pending.length() - 1; i++) {
                char c = pending.charAt(i);
                if (c == '\n' || ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(pending.charAt(i + 1)))) {
                    return i + (c == '\n' ? 0 : 1);
                }
            }
            return -1;
        }
    }
}
