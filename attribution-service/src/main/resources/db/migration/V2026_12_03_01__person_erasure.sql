-- Erasure (GDPR Art. 17): an erased lead keeps its source, milestones and amounts, and loses its visitor id; a one-way
-- fingerprint of it lets a late or replayed touchpoint of that browser still join the lead's journey.
ALTER TABLE attribution_lead ADD COLUMN erased_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE attribution_lead ADD COLUMN erased_visitor VARCHAR(64);
CREATE INDEX attribution_lead_erased_visitor ON attribution_lead (erased_visitor) WHERE erased_visitor IS NOT NULL;
