-- Attribution's read model, projected from leads.captured, leads.touchpoints and leads.lifecycle. Every row can be
-- rebuilt by replaying those topics: nothing here is the source of truth.

-- A captured lead: where it came from and when, the capture being its lead-creation touch.
CREATE TABLE attribution_lead (
    id          UUID PRIMARY KEY,
    channel     VARCHAR(20)  NOT NULL,
    campaign    VARCHAR(200),
    visitor_id  VARCHAR(200),
    captured_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX attribution_lead_visitor ON attribution_lead (visitor_id);

-- One row per touchpoint id; a stitched anonymous touchpoint arrives again with its lead id, which fills lead_id in.
CREATE TABLE attribution_touchpoint (
    touchpoint_id UUID PRIMARY KEY,
    lead_id       UUID,
    visitor_id    VARCHAR(200),
    type          VARCHAR(30)  NOT NULL,
    channel       VARCHAR(20),
    campaign      VARCHAR(200),
    occurred_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX attribution_touchpoint_lead ON attribution_touchpoint (lead_id);
CREATE INDEX attribution_touchpoint_visitor ON attribution_touchpoint (visitor_id);

-- The lifecycle milestones of a lead, one row per lifecycle event: mql (with the grade), accepted, rejected (with the
-- reason), converted (the opportunity) and closed (outcome, amount, currency).
CREATE TABLE lead_milestone (
    event_id    UUID PRIMARY KEY,
    lead_id     UUID         NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    occurred_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    grade       VARCHAR(2),
    reason      VARCHAR(30),
    outcome     VARCHAR(10),
    amount      NUMERIC(19, 4),
    currency    VARCHAR(3)
);
CREATE INDEX lead_milestone_lead ON lead_milestone (lead_id);
CREATE INDEX lead_milestone_closed ON lead_milestone (kind, occurred_at);
