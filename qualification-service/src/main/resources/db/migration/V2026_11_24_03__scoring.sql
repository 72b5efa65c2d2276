-- Scoring: the lead's current score (the breakdown as JSON, total and grade for queries), the visitor id that stitches
-- anonymous touchpoints to it, and its qualification cycle (started at capture or its last recycling).
ALTER TABLE lead
    ADD COLUMN visitor_id          VARCHAR(200),
    ADD COLUMN score_total         INTEGER,
    ADD COLUMN score_grade         VARCHAR(1),
    ADD COLUMN score_model_version INTEGER,
    ADD COLUMN score_json          TEXT,
    ADD COLUMN scored_at           TIMESTAMP(6) WITH TIME ZONE,
    ADD COLUMN cycle_started_at    TIMESTAMP(6) WITH TIME ZONE,
    ADD COLUMN qualified_at        TIMESTAMP(6) WITH TIME ZONE;
CREATE INDEX lead_visitor ON lead (visitor_id);

-- Every touchpoint seen, once per touchpoint id; an anonymous one gets its lead id when the visitor is stitched.
CREATE TABLE touchpoint (
    touchpoint_id UUID PRIMARY KEY,
    lead_id       UUID,
    visitor_id    VARCHAR(200),
    type          VARCHAR(30) NOT NULL,
    occurred_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    recorded_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX touchpoint_lead ON touchpoint (lead_id);
CREATE INDEX touchpoint_visitor ON touchpoint (visitor_id) WHERE lead_id IS NULL;
