package kr.donggu.chatbot.web;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import kr.donggu.chatbot.channels.Channels;
import kr.donggu.chatbot.chat.ChatService;
import kr.donggu.chatbot.config.Config;
import kr.donggu.chatbot.eligibility.EligibilityService;
import kr.donggu.chatbot.search.ProgramIndex;
import kr.donggu.chatbot.store.Database;

/** What the HTTP layer serves: built by {@code App}, read by {@link Routes}. */
public record WebParts(Config config, ChatService chat, ProgramIndex index, Database database,
                       EligibilityService eligibility, Channels channels, PrometheusMeterRegistry registry,
                       Clock clock) {
}
