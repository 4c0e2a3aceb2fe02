-- Idempotency keys of the HTTP API: a write sent again with the same Idempotency-Key gets the response
-- the first one got, from any API instance sharing the library, after a restart too.
CREATE TABLE idempotency_keys (
    scope         TEXT    NOT NULL,
    key           TEXT    NOT NULL,
    fingerprint   TEXT    NOT NULL,
    owner         TEXT    NOT NULL,
    status        INTEGER,
    content_type  TEXT,
    location      TEXT,
    body          BYTEA,
    created_at    BIGINT  NOT NULL,
    completed_at  BIGINT,
    PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys(created_at);
