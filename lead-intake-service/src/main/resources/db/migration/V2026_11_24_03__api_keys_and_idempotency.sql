-- Integration API keys. Only an HMAC of the key (with a server-side pepper) is stored; the prefix finds the row.
CREATE TABLE api_key (
    id         UUID PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    key_prefix VARCHAR(16)  NOT NULL UNIQUE,
    key_hash   VARCHAR(64)  NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP(6) WITH TIME ZONE
);

-- Answers to requests sent with an Idempotency-Key, replayed for a repeat (kept at least 24 hours).
CREATE TABLE idempotent_request (
    client          VARCHAR(120) NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    status          INTEGER      NOT NULL,
    response_body   TEXT         NOT NULL,
    location        VARCHAR(2000),
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (client, idempotency_key)
);
CREATE INDEX idempotent_request_created ON idempotent_request (created_at);
