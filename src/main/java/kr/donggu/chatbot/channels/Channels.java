package kr.donggu.chatbot.channels;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import kr.donggu.chatbot.chat.ChatService;
import kr.donggu.chatbot.config.Config;

/**
 * The four messenger channels behind their contract paths. A channel whose secret is not configured is off and
 * answers 404; KakaoTalk is always on (its skill requests carry no signature; a shared header secret is optional).
 * Replies to push-style platforms are sent from a small worker pool so the webhook is acknowledged at once.
 */
public final class Channels implements AutoCloseable {

    private final KakaoChannel kakao;
    private final TelegramChannel telegram;
    private final SlackChannel slack;
    private final LineChannel line;
    private final ThreadPoolExecutor workers = new ThreadPoolExecutor(4, 4, 60, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1000), r -> {
                Thread t = new Thread(r, "channel-reply");
                t.setDaemon(true);
                return t;
            }, new ThreadPoolExecutor.CallerRunsPolicy());

    public Channels(ChatService chat, Config config, Clock clock) {
        Config.Channels c = config.channels();
        Outbound outbound = new Outbound();
        boolean slowModel = config.chatModel() != Config.ChatModelKind.EMBEDDED;
        this.kakao = new KakaoChannel(chat, c.kakaoSecret(), slowModel, outbound, workers);
        this.telegram = c.telegramSecretToken() == null ? null : new TelegramChannel(chat, c.telegramSecretToken(),
                c.telegramApiBase(), c.telegramBotToken(), outbound, workers);
        this.slack = c.slackSigningSecret() == null ? null : new SlackChannel(chat, c.slackSigningSecret(),
                c.slackApiBase(), c.slackBotToken(), outbound, workers, clock);
        this.line = c.lineChannelSecret() == null ? null : new LineChannel(chat, c.lineChannelSecret(),
                c.lineApiBase(), c.lineAccessToken(), outbound, workers);
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

    private static <T> T on(T channel) {
        if (channel == null) {
            throw new NotFoundResponse();
        }
        return channel;
    }

    @Override
    public void close() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
