-- Erasure (GDPR Art. 17): an erased lead keeps its stages, owner, score, amounts and channel, and loses who the
-- person is (e-mail, name, phone, title, visitor id) and the free text written about them.
ALTER TABLE lead ALTER COLUMN email DROP NOT NULL;
ALTER TABLE lead ADD COLUMN erased_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE lead ADD CONSTRAINT lead_email_unless_erased CHECK (email IS NOT NULL OR erased_at IS NOT NULL);
