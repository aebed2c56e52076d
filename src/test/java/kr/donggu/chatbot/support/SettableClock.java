package kr.donggu.chatbot.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that stands still until a test moves it on: "the review day has passed" without waiting a day. */
public final class SettableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public SettableClock(Clock start) {
        this.now = start.instant();
        this.zone = start.getZone();
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new SettableClock(Clock.fixed(now, zone));
    }

    @Override
    public Instant instant() {
        return now;
    }
}
