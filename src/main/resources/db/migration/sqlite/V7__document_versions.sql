-- Every version of every program document kept in the console: who saved it, when and why. With SQLite the current
-- text is the file in knowledge/programs/ (still editable by hand); these rows are its history. body is NULL for a
-- deletion, which keeps the version before it restorable.
CREATE TABLE document_versions (
    doc_id      TEXT NOT NULL,
    version     INTEGER NOT NULL,
    file_name   TEXT NOT NULL,
    body        TEXT,
    actor       TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    action      TEXT NOT NULL,
    PRIMARY KEY (doc_id, version)
);
