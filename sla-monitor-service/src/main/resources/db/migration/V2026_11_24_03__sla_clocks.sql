-- One acceptance clock per assignment of a lead: open until the lead is accepted or rejected (stopped) or assigned
-- to someone else (superseded). At most one clock per lead is open.
CREATE TABLE sla_clock (
    id                       UUID         PRIMARY KEY,
    lead_id                  UUID         NOT NULL,
    policy_id                VARCHAR(100) NOT NULL,
    time_mode                VARCHAR(10)  NOT NULL,
    calendar_id              VARCHAR(100) NOT NULL,
    owner_id                 VARCHAR(100),
    team_id                  VARCHAR(100),
    channel                  VARCHAR(20)  NOT NULL,
    started_at               TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    warn_at                  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    due_at                   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    state                    VARCHAR(12)  NOT NULL,
    stopped_at               TIMESTAMP(6) WITH TIME ZONE,
    outcome                  VARCHAR(10),
    elapsed_business_seconds BIGINT,
    elapsed_wall_seconds     BIGINT,
    breached                 BOOLEAN      NOT NULL,
    breach_fired_at          TIMESTAMP(6) WITH TIME ZONE,
    lateness_seconds         BIGINT
);
CREATE UNIQUE INDEX sla_clock_one_open_per_lead ON sla_clock (lead_id) WHERE state = 'OPEN';
CREATE INDEX sla_clock_open_due ON sla_clock (due_at) WHERE state = 'OPEN';
CREATE INDEX sla_clock_stopped ON sla_clock (stopped_at) WHERE state = 'STOPPED';
CREATE INDEX sla_clock_breach_fired ON sla_clock (breach_fired_at) WHERE breach_fired_at IS NOT NULL;

-- The durable timers of a clock: its warning, its breach and each escalation step. Pending timers are found by the
-- partial index on their due instant and claimed with FOR UPDATE SKIP LOCKED, so each fires exactly once.
CREATE TABLE sla_timer (
    id           UUID        PRIMARY KEY,
    clock_id     UUID        NOT NULL REFERENCES sla_clock (id),
    lead_id      UUID        NOT NULL,
    kind         VARCHAR(12) NOT NULL,
    step         INTEGER     NOT NULL,
    action       VARCHAR(20),
    due_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    fired_at     TIMESTAMP(6) WITH TIME ZONE,
    cancelled_at TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX sla_timer_pending_due ON sla_timer (due_at) WHERE fired_at IS NULL AND cancelled_at IS NULL;
CREATE INDEX sla_timer_clock ON sla_timer (clock_id);
