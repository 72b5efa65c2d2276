-- When the person withdrew marketing consent (lead.updated): the unsubscribed rule fires and score alone no longer
-- makes the lead an MQL. Null while consent stands or was never given.
ALTER TABLE lead ADD COLUMN consent_withdrawn_at TIMESTAMP(6) WITH TIME ZONE;
