package kr.donggu.chatbot.channels;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Duration;
import kr.donggu.chatbot.config.Config;

/**
 * The five messenger channels behind their contract paths. A channel whose secret is not configured is off and
 * answers 404; KakaoTalk is always on (its skill requests carry no signature; a shared header secret is optional).
 * Every platform user has a rate limit; replies to push-style platforms are sent from worker threads so the webhook
 * is acknowledged at once, and every failure there is logged without message text and counted in {@code /metrics}.
 */
public final class Channels implements AutoCloseable {

    /**
     * The most a language model may take on KakaoTalk's direct path (no callback): with the fallback's margin and
     * the embedded answer after it, the reply is ready well inside the skill's 5 seconds, whatever LLM_TIMEOUT_MS
     * says (measured: bench/kakao-latency.md).
     */
    public static final Duration KAKAO_DIRECT_BUDGET = Duration.ofMillis(2500);

    private final KakaoChannel kakao;
    private final TelegramChannel telegram;
    private final SlackChannel slack;
    private final LineChannel line;
    private final NaverTalkChannel naverTalk;
    private final ChannelKit kit;

    public Channels(ChannelSetup setup) {
        Config.Channels c = setup.config().channels();
        ChannelMetrics metrics = new ChannelMetrics(setup.registry());
        this.kit = new ChannelKit(new Outbound(metrics), new ReplyWorkers("channel-reply", 4, metrics),
                new TimedAnswers(), metrics, new UserLimits(c.perUserPerMinute()), setup.phrases());
        this.kakao = new KakaoChannel(new KakaoChannel.Services(setup.kakaoDirect(), setup.kakaoCallback()),
                c.kakaoSecret(), new CallbackGuard(c.kakaoCallbackHosts()), kit);
        this.telegram = c.telegramSecretToken() == null ? null : new TelegramChannel(setup.chat(),
                c.telegramSecretToken(), c.telegramApiBase() + "/bot" + c.telegramBotToken(), kit);
        this.slack = c.slackSigningSecret() == null ? null : new SlackChannel(setup.chat(), new SlackChannel.Settings(
                c.slackSigningSecret(), c.slackApiBase(), c.slackBotToken()), kit, setup.clock());
        this.line = c.lineChannelSecret() == null ? null : new LineChannel(setup.chat(), new LineChannel.Settings(
                c.lineChannelSecret(), c.lineApiBase(), c.lineAccessToken(), c.lineGroupPrefix()), kit);
        this.naverTalk = c.naverTalkAuthorization() == null ? null : new NaverTalkChannel(setup.chat(),
                new NaverTalkChannel.Settings(c.naverTalkAuthorization(), c.naverTalkApiBase(),
                        c.naverTalkAllowedSources(), new ClientAddress(setup.trustedProxies())), kit);
    }

    public void kakao(Context ctx) {
        kakao.skill(ctx);
    }

    public void telegram(Context ctx) {
        on(telegram).webhook(ctx);
    }

    public void slack(Context ctx) {
        on(slack).events(ctx);
    }

    public void line(Context ctx) {
        on(line).webhook(ctx);
    }

    public void naverTalk(Context ctx) {
        on(naverTalk).webhook(ctx);
    }

    private static <T> T on(T channel) {
        if (channel == null) {
            throw new NotFoundResponse();
        }
        return channel;
    }

    /** Finishes pending answers and replies (up to 10 s each) before the store closes. */
    @Override
    public void close() throws InterruptedException {
        kit.answers().close();
        kit.workers().close();
    }
}
