CREATE TABLE audit (
    id          TEXT PRIMARY KEY,
    created_at  BIGINT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    target      TEXT,
    detail      TEXT
);
CREATE INDEX audit_created ON audit(created_at);
