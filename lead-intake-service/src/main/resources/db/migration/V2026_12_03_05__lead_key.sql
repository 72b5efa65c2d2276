-- Each lead's personal-data key: it seals who the person is in the events on leads.captured, which is kept forever.
-- Erasing the person deletes the key, and with it every sealed copy on every topic becomes unreadable.
CREATE TABLE lead_key (
    lead_id    UUID PRIMARY KEY REFERENCES lead (id),
    secret     BYTEA                       NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
