package kr.donggu.chatbot.store;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deletes conversations whose last activity is older than {@code RETENTION_DAYS}, once a day. */
public final class RetentionJob implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final Jdbc jdbc;
    private final int retentionDays;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    RetentionJob(Jdbc jdbc, int retentionDays, Clock clock) {
        this.jdbc = jdbc;
        this.retentionDays = retentionDays;
        this.clock = clock;
    }

    /** @return the number of sessions deleted; their messages, feedback and unanswered rows go with them */
    public int purge() {
        long cutoff = clock.instant().minus(Duration.ofDays(retentionDays)).toEpochMilli();
        return jdbc.inTransaction("purge conversations older than " + retentionDays + " days", c -> {
            Jdbc.update(c, "DELETE FROM chat_memory WHERE id IN (SELECT id FROM sessions WHERE updated_at < ?)", cutoff);
            Jdbc.update(c, "DELETE FROM unanswered WHERE session_id IN (SELECT id FROM sessions WHERE updated_at < ?)",
                    cutoff);
            return Jdbc.update(c, "DELETE FROM sessions WHERE updated_at < ?", cutoff);
        });
    }

    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "retention");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleAtFixedRate(this::purgeLogged, 1, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }

    private void purgeLogged() {
        try {
            log.info("Retention: purged {} sessions older than {} days", purge(), retentionDays);
        } catch (RuntimeException e) {
            log.error("Retention purge failed", e);
        }
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
