package kr.donggu.chatbot.web;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import kr.donggu.chatbot.channels.Channels;
import kr.donggu.chatbot.chat.ChatService;
import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.curated.CuratedAnswers;
import kr.donggu.chatbot.eligibility.EligibilityService;
import kr.donggu.chatbot.search.ProgramIndex;
import kr.donggu.chatbot.store.Database;

/**
 * What the HTTP layer serves: built by {@code App}, read by {@link Routes}. {@code healthChecks} each report why the
 * node cannot serve, if it cannot; {@code GET /health} is 503 while any does. {@code curatedAnswers} are staff's
 * approved answers, kept in the console.
 */
public record WebParts(Config config, ChatService chat, ProgramIndex index, Database database,
                       EligibilityService eligibility, Channels channels, PrometheusMeterRegistry registry,
                       Clock clock, List<Supplier<Optional<String>>> healthChecks, CuratedAnswers curatedAnswers) {
}
