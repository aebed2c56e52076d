package kr.donggu.chatbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FallbackChatModelTest {

    /** A language model that never answers, and says when it has been called. */
    static final class HangingModel implements ChatModel {
        final CountDownLatch called = new CountDownLatch(1);

        @Override
        public ChatResponse doChat(ChatRequest request) {
            called.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ChatResponse.builder().aiMessage(AiMessage.from("too late")).build();
        }
    }

    static final class FixedModel implements ChatModel {
        @Override
        public ChatResponse doChat(ChatRequest request) {
            return ChatResponse.builder().aiMessage(AiMessage.from("문서에서 찾은 답입니다.")).build();
        }
    }

    @Test
    void an_interrupted_caller_gets_the_fallback_answer_and_keeps_its_interrupt_flag() throws Exception {
        HangingModel primary = new HangingModel();
        try (FallbackChatModel model = new FallbackChatModel(primary, new FixedModel(), Duration.ofSeconds(30),
                new SimpleMeterRegistry())) {
            CompletableFuture<Thread> caller = new CompletableFuture<>();
            CompletableFuture<String> outcome = CompletableFuture.supplyAsync(() -> {
                caller.complete(Thread.currentThread());
                String text = model.chat(ChatRequest.builder().messages(UserMessage.from("텃밭")).build())
                        .aiMessage().text();
                return text + (Thread.currentThread().isInterrupted() ? " [interrupted]" : " [flag lost]");
            }, r -> new Thread(r, "caller").start());

            assertThat(primary.called.await(10, TimeUnit.SECONDS)).isTrue();
            caller.get(10, TimeUnit.SECONDS).interrupt();

            assertThat(outcome.get(10, TimeUnit.SECONDS)).isEqualTo("문서에서 찾은 답입니다. [interrupted]");
        }
    }
}
