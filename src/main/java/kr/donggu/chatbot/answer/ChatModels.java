package kr.donggu.chatbot.answer;

import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.util.function.Supplier;
import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.knowledge.Lexicon;

/**
 * The chat model the configuration asks for. A language model is always wrapped in {@link FallbackChatModel} with
 * the embedded model behind it, so a model that is down, slow or wrong never leaves a user without an answer.
 */
public final class ChatModels {

    private ChatModels() {
    }

    /** @param lexicon the current language data, for the embedded model (the answerer or the fallback) */
    public static ChatModel create(Config config, MeterRegistry registry, Supplier<Lexicon> lexicon) {
        GroundedChatModel embedded = new GroundedChatModel(lexicon);
        return switch (config.chatModel()) {
            case EMBEDDED -> embedded;
            case OPENAI -> new FallbackChatModel(openAi(config), embedded, config.llmTimeout(), registry);
            case OLLAMA -> new FallbackChatModel(ollama(config), embedded, config.llmTimeout(), registry);
        };
    }

    /** The language model alone (no fallback) for rewriting follow-ups; null in embedded mode. */
    public static ChatModel rewriter(Config config) {
        return switch (config.chatModel()) {
            case EMBEDDED -> null;
            case OPENAI -> openAi(config);
            case OLLAMA -> ollama(config);
        };
    }

    /** The streaming twin of the configured language model; null in embedded mode, which has nothing to stream. */
    public static StreamingChatModel streaming(Config config) {
        return switch (config.chatModel()) {
            case EMBEDDED -> null;
            case OPENAI -> OpenAiStreamingChatModel.builder().httpClientBuilder(http11())
                    .baseUrl(config.llm().openAiBaseUrl())
                    .apiKey(config.llm().openAiApiKey() == null ? "not-needed" : config.llm().openAiApiKey())
                    .modelName(config.llm().openAiModel()).temperature(0.0).timeout(config.llmTimeout())
                    .logRequests(false).logResponses(false).build();
            case OLLAMA -> ollamaStreaming(config);
        };
    }

    private static StreamingChatModel ollamaStreaming(Config config) {
        OllamaStreamingChatModel.OllamaStreamingChatModelBuilder builder = OllamaStreamingChatModel.builder();
        builder.httpClientBuilder(http11());
        builder.baseUrl(config.llm().ollamaBaseUrl());
        builder.modelName(config.llm().ollamaModel());
        builder.temperature(0.0);
        builder.timeout(config.llmTimeout());
        return builder.build();
    }

    /** HTTP/1.1: the JDK client's default h2c upgrade makes vLLM, Ollama and LM Studio drop the request body. */
    private static JdkHttpClientBuilder http11() {
        return new JdkHttpClientBuilder().httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
    }

    private static ChatModel openAi(Config config) {
        return OpenAiChatModel.builder()
                .httpClientBuilder(http11())
                .baseUrl(config.llm().openAiBaseUrl())
                .apiKey(config.llm().openAiApiKey() == null ? "not-needed" : config.llm().openAiApiKey())
                .modelName(config.llm().openAiModel())
                .temperature(0.0)
                .timeout(config.llmTimeout())
                .maxRetries(0)   // a retry would spend the user's time budget; the fallback answers instead
                .logRequests(false).logResponses(false)
                .build();
    }

    private static ChatModel ollama(Config config) {
        OllamaChatModel.OllamaChatModelBuilder builder = OllamaChatModel.builder();
        builder.httpClientBuilder(http11());
        builder.baseUrl(config.llm().ollamaBaseUrl());
        builder.modelName(config.llm().ollamaModel());
        builder.temperature(0.0);
        builder.timeout(config.llmTimeout());
        builder.maxRetries(0);
        return builder.build();
    }
}
