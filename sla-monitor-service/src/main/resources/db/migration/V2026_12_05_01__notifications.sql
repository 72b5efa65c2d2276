-- Who is told about what: the subscriptions are a configuration with its history, like the SLA policies. Version 1
-- subscribes nobody.
INSERT INTO config_document (kind, version, document, document_version, published_by, published_at, comment)
VALUES ('notification-subscriptions', 1, '{"subscriptions":[]}', 1, 'leadbridge', now(),
        'nobody subscribed yet');

-- One row per subscriber and event: written in the transaction that consumes the event, unique on the pair, so an
-- event delivered twice (a redelivery, a second replica) is told once. The worker sends what is due: a pending row's
-- next_attempt_at is both its due time and, once claimed, its lease (a crashed sender's row falls due again).
CREATE TABLE notification_delivery (
    id                     UUID PRIMARY KEY,
    subscription_id        VARCHAR(64)                 NOT NULL,
    subscriptions_version  INTEGER                     NOT NULL,
    event_id               UUID                        NOT NULL,
    trigger                VARCHAR(20)                 NOT NULL,
    lead_id                UUID                        NOT NULL,
    channel                VARCHAR(10)                 NOT NULL,
    target                 VARCHAR(2000)               NOT NULL,
    subject                VARCHAR(300)                NOT NULL,
    text                   TEXT                        NOT NULL,
    webhook_body           TEXT,
    occurred_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_at             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status                 VARCHAR(12)                 NOT NULL,
    attempts               INTEGER                     NOT NULL DEFAULT 0,
    next_attempt_at        TIMESTAMP(6) WITH TIME ZONE,
    delivered_at           TIMESTAMP(6) WITH TIME ZONE,
    last_error             VARCHAR(500),
    CONSTRAINT notification_delivery_once UNIQUE (subscription_id, event_id)
);
CREATE INDEX notification_delivery_due ON notification_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX notification_delivery_log ON notification_delivery (subscription_id, created_at DESC);

-- Every try of a delivery, for the delivery log: when, how it went, what the receiver said.
CREATE TABLE notification_attempt (
    id           UUID PRIMARY KEY,
    delivery_id  UUID                        NOT NULL REFERENCES notification_delivery (id) ON DELETE CASCADE,
    attempt      INTEGER                     NOT NULL,
    started_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    succeeded    BOOLEAN                     NOT NULL,
    status_code  INTEGER,
    error        VARCHAR(500),
    CONSTRAINT notification_attempt_once UNIQUE (delivery_id, attempt)
);

-- Wakes the senders of every replica the moment a transaction that wrote deliveries commits.
CREATE FUNCTION notify_notification_due() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('leadbridge_notifications', '');
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER notification_delivery_due AFTER INSERT ON notification_delivery
    FOR EACH STATEMENT EXECUTE FUNCTION notify_notification_due();
