package kr.donggu.chatbot.channels;

import java.util.function.Function;
import java.util.function.Supplier;
import kr.donggu.chatbot.chat.ChatReply;
import kr.donggu.chatbot.chat.ChatRequest;
import kr.donggu.chatbot.chat.ChatService;
import kr.donggu.chatbot.chat.PhraseBook;

/** What every channel shares: platform calls, reply threads, timed answers, counters, user limits and phrases. */
record ChannelKit(Outbound outbound, ReplyWorkers workers, TimedAnswers answers, ChannelMetrics metrics,
                  UserLimits limits, PhraseBook phrases) {

    /** Checks the user's rate limit, counting a refusal; the caller tells the user on {@code TELL}. */
    UserLimits.Decision limit(String platform, String userId) {
        UserLimits.Decision decision = limits.check(platform, userId);
        if (decision != UserLimits.Decision.ALLOWED) {
            metrics.event(platform, "limited");
        }
        return decision;
    }

    /**
     * For push-style platforms: whether the user is within the rate limit. The first time in a minute they are not,
     * {@code tell} (which sends the polite notice and returns its outcome) runs on a reply thread.
     */
    /**
     * Answers on a reply thread and hands the reply to {@code send}, which returns its outcome. A repeated delivery
     * the chat service recognises (same platform message id) was answered the first time and is not sent again.
     */
    void answerLater(String platform, ChatService chat, ChatRequest request, Function<ChatReply, String> send) {
        metrics.event(platform, "answered");
        workers.run(platform, () -> {
            ChatReply reply = chat.answer(request);
            return reply.replayed() ? "replayed" : send.apply(reply);
        });
    }

    boolean admits(String platform, String userId, Supplier<String> tell) {
        UserLimits.Decision decision = limit(platform, userId);
        if (decision == UserLimits.Decision.TELL) {
            workers.run(platform, tell);
        }
        return decision == UserLimits.Decision.ALLOWED;
    }
}
