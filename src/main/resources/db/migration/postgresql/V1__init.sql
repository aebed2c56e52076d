-- The schema of db/migration/sqlite/V1__init.sql in PostgreSQL's types. Times are epoch milliseconds (BIGINT)
-- in both databases, so the repositories share their SQL.
CREATE TABLE sessions (
    id          TEXT PRIMARY KEY,
    channel     TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL,
    state_json  TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX sessions_updated ON sessions(updated_at);

CREATE TABLE messages (
    seq           BIGINT GENERATED ALWAYS AS IDENTITY,
    id            TEXT PRIMARY KEY,
    session_id    TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    channel       TEXT NOT NULL,
    external_id   TEXT,
    question      TEXT NOT NULL,
    answer        TEXT NOT NULL,
    answered      INTEGER NOT NULL,
    reason        TEXT,
    sources_json  TEXT NOT NULL,
    program_id    TEXT,
    latency_us    BIGINT NOT NULL,
    mode          TEXT NOT NULL,
    created_at    BIGINT NOT NULL
);
CREATE INDEX messages_session ON messages(session_id, created_at);
CREATE INDEX messages_created ON messages(created_at);
CREATE UNIQUE INDEX messages_external ON messages(channel, external_id) WHERE external_id IS NOT NULL;

CREATE TABLE unanswered (
    message_id  TEXT PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
    session_id  TEXT NOT NULL,
    question    TEXT NOT NULL,
    reason      TEXT,
    created_at  BIGINT NOT NULL
);

CREATE TABLE feedback (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id  TEXT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    session_id  TEXT NOT NULL,
    rating      TEXT NOT NULL CHECK (rating IN ('up', 'down')),
    comment     TEXT,
    created_at  BIGINT NOT NULL
);

CREATE TABLE tickets (
    id          TEXT PRIMARY KEY,
    session_id  TEXT,
    name        TEXT NOT NULL,
    contact     TEXT NOT NULL,
    question    TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open',
    created_at  BIGINT NOT NULL
);

CREATE TABLE guard_events (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id  TEXT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    action      TEXT NOT NULL,
    detail      TEXT,
    created_at  BIGINT NOT NULL
);

CREATE TABLE chat_memory (
    id          TEXT PRIMARY KEY,
    messages    TEXT NOT NULL,
    updated_at  BIGINT NOT NULL
);
