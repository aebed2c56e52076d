-- Same as db/migration/sqlite/V6.
CREATE TABLE curated_answers (
    id             TEXT PRIMARY KEY,
    question       TEXT NOT NULL,
    variants_json  TEXT NOT NULL,
    answer         TEXT NOT NULL,
    sources_json   TEXT NOT NULL,
    valid_until    TEXT,
    created_at     BIGINT NOT NULL,
    updated_at     BIGINT NOT NULL,
    updated_by     TEXT NOT NULL
);

ALTER TABLE unanswered ADD COLUMN resolved_by TEXT;
CREATE INDEX unanswered_resolved ON unanswered(resolved_by);
