-- A ticket is purged RETENTION_DAYS after staff closed it (the consent text promises 파기 after processing).
ALTER TABLE tickets ADD COLUMN closed_at INTEGER;
CREATE INDEX tickets_closed ON tickets(closed_at) WHERE closed_at IS NOT NULL;

-- Jobs that must run once per period however many nodes share the store (the retention purge).
CREATE TABLE job_runs (
    name         TEXT PRIMARY KEY,
    last_run_at  INTEGER NOT NULL
);

-- Deleting a session cascades to these; without indexes every purge scans them.
CREATE INDEX feedback_message ON feedback(message_id);
CREATE INDEX guard_events_message ON guard_events(message_id);
