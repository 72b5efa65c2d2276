-- Score maintenance: when a lead's score was last evaluated (re-scoring for decay finds the stale ones; a re-score that
-- changes nothing still counts as a check), why it qualified (a lead leaving the team queue keeps its MQL reason, which
-- picks its SLA policy), and indexes for the three sweeps: decay, model refresh, team queue.
ALTER TABLE lead
    ADD COLUMN score_checked_at TIMESTAMP(6) WITH TIME ZONE,
    ADD COLUMN mql_reason       VARCHAR(30);
UPDATE lead SET score_checked_at = scored_at;
CREATE INDEX lead_decay_due ON lead (score_checked_at) WHERE stage IN ('SCORED', 'MQL', 'RECYCLED');
CREATE INDEX lead_model_refresh ON lead (score_model_version)
    WHERE stage IN ('SCORED', 'MQL', 'ASSIGNED', 'ACCEPTED', 'RECYCLED');
CREATE INDEX lead_team_queue ON lead (assigned_at, id) WHERE stage = 'MQL' AND owner_id IS NULL;
