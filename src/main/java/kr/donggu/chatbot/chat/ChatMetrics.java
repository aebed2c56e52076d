package kr.donggu.chatbot.chat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import kr.donggu.chatbot.guard.Removal;

/** Counts what the chat service does: answered and unanswered replies, guard removals, answer latency. */
final class ChatMetrics {

    private final MeterRegistry registry;
    private final Timer latency;

    ChatMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder("chat_answer_seconds").description("Server time to answer one chat message")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    void answered(boolean answered, String channel, String mode, Duration took) {
        Counter.builder("chat_replies_total").tag("answered", String.valueOf(answered)).tag("channel", channel)
                .tag("mode", mode).register(registry).increment();
        latency.record(took);
    }

    void guardRemoved(Removal removal, String mode) {
        Counter.builder("fact_guard_removals_total").tag("kind", removal.kind().name()).tag("mode", mode)
                .register(registry).increment();
    }
}
