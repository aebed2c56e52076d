package kr.donggu.chatbot.channels;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the channels count in {@code /metrics}, per platform: what became of each incoming event, each reply task,
 * each failed delivery to the platform (by reason) and each message over a user's rate limit.
 */
final class ChannelMetrics {

    private final MeterRegistry registry;

    ChannelMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** An incoming event: answered, ignored (not for the bot), limited, refused (source, callback) … */
    void event(String platform, String outcome) {
        Counter.builder("channel_events_total").description("Incoming messenger events by what became of them")
                .tag("platform", platform).tag("outcome", outcome).register(registry).increment();
    }

    /** A finished reply task: sent, replayed (a repeated delivery already answered) or failed. */
    void task(String platform, String outcome) {
        Counter.builder("channel_tasks_total").description("Reply tasks run for messenger events")
                .tag("platform", platform).tag("outcome", outcome).register(registry).increment();
    }

    /** A reply the platform did not take: network, timeout, http_3xx/4xx/5xx, or rejected in a 200 body. */
    void deliveryFailed(String platform, String reason) {
        Counter.builder("channel_delivery_failures_total").description("Replies the platform did not accept")
                .tag("platform", platform).tag("reason", reason).register(registry).increment();
    }
}
