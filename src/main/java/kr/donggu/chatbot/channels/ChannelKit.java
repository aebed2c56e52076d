package kr.donggu.chatbot.channels;

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
}
