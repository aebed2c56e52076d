-- IF NOT EXISTS: a file the hand-written migrator already took to this version is baselined at V1 (see Schema),
-- and Flyway then runs this again over what is there.
CREATE TABLE IF NOT EXISTS audit (
    id          TEXT PRIMARY KEY,
    created_at  BIGINT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    target      TEXT,
    detail      TEXT
);
CREATE INDEX IF NOT EXISTS audit_created ON audit(created_at);
