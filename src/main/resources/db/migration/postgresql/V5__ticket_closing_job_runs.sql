-- Same as db/migration/sqlite/V5, plus the rate-limit buckets that only a shared store needs.
ALTER TABLE tickets ADD COLUMN closed_at BIGINT;
CREATE INDEX tickets_closed ON tickets(closed_at) WHERE closed_at IS NOT NULL;

CREATE TABLE job_runs (
    name         TEXT PRIMARY KEY,
    last_run_at  BIGINT NOT NULL
);

CREATE INDEX feedback_message ON feedback(message_id);
CREATE INDEX guard_events_message ON guard_events(message_id);

-- Bucket4j's token buckets, shared by every node. UNLOGGED: no WAL write per request; after a crash the table is
-- emptied, which only forgives the requests of the last minute.
CREATE UNLOGGED TABLE rate_buckets (
    id          TEXT PRIMARY KEY,
    state       BYTEA,
    expires_at  BIGINT
);
