-- SLA clocks, projected from sla.alerts (warning, breached, escalated, met): one row per timer, each event filling in
-- what it knows. Like the rest of the read model it is rebuilt by replaying the topic.
CREATE TABLE sla_clock (
    timer_id              UUID PRIMARY KEY,
    lead_id               UUID         NOT NULL,
    policy_id             VARCHAR(100) NOT NULL,
    owner_id              VARCHAR(100),
    team_id               VARCHAR(100),
    -- known from a warning or the met event; a clock seen only as breached has none
    started_at            TIMESTAMP(6) WITH TIME ZONE,
    due_at                TIMESTAMP(6) WITH TIME ZONE,
    warned_at             TIMESTAMP(6) WITH TIME ZONE,
    breached_at           TIMESTAMP(6) WITH TIME ZONE,
    escalation_steps      INTEGER      NOT NULL DEFAULT 0,
    -- set by the met event: sales decided (accepted or rejected), on time or late
    stopped_at            TIMESTAMP(6) WITH TIME ZONE,
    outcome               VARCHAR(10),
    elapsed_wall_seconds  BIGINT,
    elapsed_business_seconds BIGINT,
    breached              BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX sla_clock_lead ON sla_clock (lead_id);
