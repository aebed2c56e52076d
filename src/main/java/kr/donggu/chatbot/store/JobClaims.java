package kr.donggu.chatbot.store;

import java.time.Duration;
import java.time.Instant;

/**
 * "Run this job once per period", however many nodes share the store: one conditional upsert on {@code job_runs}
 * succeeds for exactly one node per period. A node that claims and then dies skips that period's run; the next
 * period runs as usual.
 */
final class JobClaims {

    private static final String CLAIM = "INSERT INTO job_runs(name, last_run_at) VALUES (?, ?) ON CONFLICT(name) "
            + "DO UPDATE SET last_run_at = excluded.last_run_at WHERE job_runs.last_run_at <= ?";

    private final Jdbc jdbc;

    JobClaims(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    boolean claim(String job, Duration every, Instant now) {
        long at = now.toEpochMilli();
        return jdbc.update("claim job " + job, CLAIM, job, at, at - every.toMillis()) == 1;
    }
}
