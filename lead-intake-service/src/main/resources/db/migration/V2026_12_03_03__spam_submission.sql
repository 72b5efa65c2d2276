-- Submissions kept as spam instead of as leads (a sender on the blocked domains): enough to review the list's effect,
-- nothing personal beyond the sender's domain.
CREATE TABLE spam_submission (
    id                UUID PRIMARY KEY,
    reason            VARCHAR(40)                 NOT NULL,
    email_domain      VARCHAR(253)                NOT NULL,
    form_id           VARCHAR(100),
    integration       VARCHAR(100),
    rule_version      INTEGER                     NOT NULL,
    received_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX spam_submission_received ON spam_submission (received_at);
