-- Curated answers: written by staff in the console, served ahead of the documents for matching questions.
-- variants_json and sources_json are JSON arrays; valid_until is the review day (YYYY-MM-DD, KST), NULL for none.
CREATE TABLE curated_answers (
    id             TEXT PRIMARY KEY,
    question       TEXT NOT NULL,
    variants_json  TEXT NOT NULL,
    answer         TEXT NOT NULL,
    sources_json   TEXT NOT NULL,
    valid_until    TEXT,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    updated_by     TEXT NOT NULL
);

-- The curated answer that now covers an unanswered question; such a question leaves the console's list.
ALTER TABLE unanswered ADD COLUMN resolved_by TEXT;
CREATE INDEX unanswered_resolved ON unanswered(resolved_by);
