-- Shared by every service (service-platform). Versions are dates, so shared and service migrations interleave
-- in the order they were written, whichever location they come from.

-- Transactional outbox: written in the same transaction as the state change it announces; the relay publishes
-- unsent rows in id order and marks them sent.
CREATE TABLE outbox_event (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id    UUID         NOT NULL UNIQUE,
    topic       VARCHAR(249) NOT NULL,
    record_key  VARCHAR(255) NOT NULL,
    ce_type     VARCHAR(255) NOT NULL,
    ce_source   VARCHAR(255) NOT NULL,
    ce_subject  VARCHAR(255) NOT NULL,
    ce_time     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    payload     TEXT         NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    sent_at     TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX outbox_event_unsent ON outbox_event (id) WHERE sent_at IS NULL;
CREATE INDEX outbox_event_sent ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;

-- Idempotent inbox: the ce_id of every handled event, stored in the same transaction as the state it changed,
-- so a redelivered event changes nothing.
CREATE TABLE processed_event (
    consumer     VARCHAR(100) NOT NULL,
    event_id     UUID         NOT NULL,
    processed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (consumer, event_id)
);

-- Wakes the outbox relays the moment a transaction that wrote events commits (NOTIFY is delivered on commit),
-- so publishing takes milliseconds instead of a polling interval.
CREATE FUNCTION notify_outbox_relay() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('leadbridge_outbox', '');
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER outbox_event_inserted AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION notify_outbox_relay();
