package kr.donggu.chatbot.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes conversations whose last activity is older than {@code RETENTION_DAYS}, and hand-off tickets closed longer
 * ago than that. Every node checks hourly; the run is claimed in the store, so the purge runs once a day in all.
 */
public final class RetentionJob implements AutoCloseable {

    static final Duration PERIOD = Duration.ofHours(23);
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final Jdbc jdbc;
    private final Backend backend;
    private final int retentionDays;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    RetentionJob(Backend backend, int retentionDays, Clock clock) {
        this.jdbc = backend.jdbc();
        this.backend = backend;
        this.retentionDays = retentionDays;
        this.clock = clock;
    }

    /** @return the number of sessions deleted; their messages, feedback and unanswered rows go with them */
    public int purge() {
        long cutoff = clock.instant().minus(Duration.ofDays(retentionDays)).toEpochMilli();
        int[] deleted = jdbc.inTransaction("purge data older than " + retentionDays + " days", c -> {
            Jdbc.update(c, "DELETE FROM chat_memory WHERE id IN (SELECT id FROM sessions WHERE updated_at < ?)", cutoff);
            Jdbc.update(c, "DELETE FROM unanswered WHERE session_id IN (SELECT id FROM sessions WHERE updated_at < ?)",
                    cutoff);
            int sessions = Jdbc.update(c, "DELETE FROM sessions WHERE updated_at < ?", cutoff);
            int tickets = Jdbc.update(c, "DELETE FROM tickets WHERE status = 'closed' AND closed_at < ?", cutoff);
            return new int[] {sessions, tickets};
        });
        backend.afterPurge();
        log.info("Retention: purged {} sessions and {} closed tickets older than {} days", deleted[0], deleted[1],
                retentionDays);
        return deleted[0];
    }

    /** Purges if no node has in the last {@link #PERIOD}. @return whether this node ran the purge */
    public boolean purgeIfDue() {
        Instant now = clock.instant();
        if (!new JobClaims(jdbc).claim("retention", PERIOD, now)) {
            return false;
        }
        purge();
        return true;
    }

    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "retention");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleAtFixedRate(this::purgeLogged, 1, TimeUnit.HOURS.toMinutes(1), TimeUnit.MINUTES);
    }

    private void purgeLogged() {
        try {
            purgeIfDue();
        } catch (RuntimeException | Error e) {
            log.error("Retention purge failed; the next hour tries again", e);
        }
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
