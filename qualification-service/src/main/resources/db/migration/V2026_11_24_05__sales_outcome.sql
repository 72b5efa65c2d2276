-- What sales did with the lead: the last rejection, the opportunity it became and how that closed.
ALTER TABLE lead
    ADD COLUMN rejection_reason  VARCHAR(30),
    ADD COLUMN rejection_note    TEXT,
    ADD COLUMN opportunity_id    VARCHAR(100),
    ADD COLUMN expected_amount   NUMERIC(19, 4),
    ADD COLUMN expected_currency VARCHAR(3),
    ADD COLUMN closed_amount     NUMERIC(19, 4),
    ADD COLUMN closed_currency   VARCHAR(3),
    ADD COLUMN close_reason      TEXT;
