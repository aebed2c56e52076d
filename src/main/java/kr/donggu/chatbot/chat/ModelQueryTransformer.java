package kr.donggu.chatbot.chat;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.input.PromptTemplate;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.CompressingQueryTransformer;
import dev.langchain4j.rag.query.transformer.QueryTransformer;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With a language model, a follow-up is rewritten by the model (LangChain4j's {@link CompressingQueryTransformer},
 * with a Korean prompt and the conversation from chat memory). A model that fails, is slow or returns nothing usable
 * leaves the rewriting to the embedded {@link ResolvedQueryTransformer}: retrieval never goes without a query.
 */
final class ModelQueryTransformer implements QueryTransformer {

    private static final Logger log = LoggerFactory.getLogger(ModelQueryTransformer.class);

    static final PromptTemplate KOREAN = PromptTemplate.from("""
            다음은 사용자와 챗봇의 대화와 사용자의 새 질문입니다. 대화의 맥락을 반영해, 새 질문을 그것만 읽어도 뜻이 통하는
            한 문장의 한국어 질문으로 다시 써 주세요. 대명사(그거, 거기, 그 회사 등)는 가리키는 이름으로 바꾸세요.
            다시 쓴 질문만 출력하고 다른 말은 쓰지 마세요.
            대화:
            {{chatMemory}}
            새 질문: {{query}}""");

    private final QueryTransformer model;
    private final QueryTransformer fallback;
    private final Duration deadline;
    private final ExecutorService calls;

    ModelQueryTransformer(ChatModel rewriter, QueryTransformer fallback, Duration deadline, ExecutorService calls) {
        this.model = new CompressingQueryTransformer(rewriter, KOREAN);
        this.fallback = fallback;
        this.deadline = deadline;
        this.calls = calls;
    }

    @Override
    public Collection<Query> transform(Query query) {
        if (query.metadata() == null || query.metadata().chatMemory() == null
                || query.metadata().chatMemory().isEmpty()) {
            return fallback.transform(query);
        }
        CompletableFuture<Collection<Query>> call = CompletableFuture.supplyAsync(() -> model.transform(query), calls);
        try {
            Collection<Query> rewritten = call.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            if (rewritten.isEmpty() || rewritten.stream().anyMatch(q -> q.text() == null || q.text().isBlank()
                    || q.text().length() > 300)) {
                return fallback.transform(query);
            }
            return rewritten;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback.transform(query);
        } catch (Exception e) {
            call.cancel(true);
            log.warn("Query rewriting by the language model failed ({}); using the embedded rewrite",
                    e.getClass().getSimpleName());
            return fallback.transform(query);
        }
    }
}
