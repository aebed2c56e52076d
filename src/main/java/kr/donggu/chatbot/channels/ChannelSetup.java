package kr.donggu.chatbot.channels;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import kr.donggu.chatbot.chat.ChatService;
import kr.donggu.chatbot.chat.PhraseBook;
import kr.donggu.chatbot.config.Config;

/**
 * What {@code App} hands the channels: the chat service, its two KakaoTalk variants (a model budget that fits the
 * skill's 5 seconds, and the long one for callbacks; both the same service in embedded mode), the phrases, the
 * configuration, metrics, the clock, and the proxies whose {@code X-Forwarded-For} is believed.
 */
public record ChannelSetup(ChatService chat, ChatService kakaoDirect, ChatService kakaoCallback, PhraseBook phrases,
                           Config config, MeterRegistry registry, Clock clock, List<String> trustedProxies) {
}
