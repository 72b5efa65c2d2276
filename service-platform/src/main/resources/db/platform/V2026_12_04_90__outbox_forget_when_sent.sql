-- An event that must still be published but whose row holds personal data of a person erased since it was written:
-- the relay deletes the row as soon as Kafka has it instead of keeping it until the retention purge.
ALTER TABLE outbox_event ADD COLUMN forget_when_sent BOOLEAN NOT NULL DEFAULT FALSE;
