-- Erasure (GDPR Art. 17): an erased lead keeps its id, company, source, consent record and stage, and loses what
-- identifies the person (e-mail, name, phone, job title, visitor id, free text).
ALTER TABLE lead ALTER COLUMN email DROP NOT NULL;
ALTER TABLE lead ADD COLUMN erased_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE lead ADD CONSTRAINT lead_email_unless_erased CHECK (email IS NOT NULL OR erased_at IS NOT NULL);

-- The audit trail of erasures: who asked, when, which lead. The address is kept only as a keyed hash, enough to
-- answer a repeated request as the first was answered and never enough to read the address back.
CREATE TABLE person_erasure (
    id           UUID PRIMARY KEY,
    email_hash   VARCHAR(64)  NOT NULL,
    lead_id      UUID         NOT NULL REFERENCES lead (id),
    requested_by VARCHAR(100) NOT NULL,
    erased_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX person_erasure_email ON person_erasure (email_hash, erased_at);
