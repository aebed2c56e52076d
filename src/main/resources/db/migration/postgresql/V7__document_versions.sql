-- Same as db/migration/sqlite/V7, except that with PostgreSQL the newest version of a document is its current text:
-- the documents live here, shared by every node, and a node re-indexes when another one announces a change.
CREATE TABLE document_versions (
    doc_id      TEXT NOT NULL,
    version     INTEGER NOT NULL,
    file_name   TEXT NOT NULL,
    body        TEXT,
    actor       TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    reason      TEXT NOT NULL,
    action      TEXT NOT NULL,
    PRIMARY KEY (doc_id, version)
);
