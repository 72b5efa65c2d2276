-- Pauses of acceptance clocks, with the manager's reason. A running pause has no resumed_at yet; at most one runs per
-- clock. Paused time never counts towards the clock, so every pause is kept: the clock's due instants are recomputed
-- from all of them when a pause ends.
CREATE TABLE sla_clock_pause (
    id         UUID         PRIMARY KEY,
    clock_id   UUID         NOT NULL REFERENCES sla_clock (id),
    lead_id    UUID         NOT NULL,
    paused_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    resumed_at TIMESTAMP(6) WITH TIME ZONE,
    reason     VARCHAR(500) NOT NULL,
    paused_by  VARCHAR(100) NOT NULL,
    resumed_by VARCHAR(100)
);
CREATE UNIQUE INDEX sla_clock_pause_one_running ON sla_clock_pause (clock_id) WHERE resumed_at IS NULL;
CREATE INDEX sla_clock_pause_clock ON sla_clock_pause (clock_id);

-- A timer whose clock is paused is held (paused_at set): still pending, but not claimable until the pause ends and
-- the timer is rescheduled. Workers look for claimable timers only, so the partial index says so.
ALTER TABLE sla_timer ADD COLUMN paused_at TIMESTAMP(6) WITH TIME ZONE;
DROP INDEX sla_timer_pending_due;
CREATE INDEX sla_timer_claimable_due ON sla_timer (due_at)
    WHERE fired_at IS NULL AND cancelled_at IS NULL AND paused_at IS NULL;

-- System latency per lead: from capture (leads.captured) to its first assignment (lead.assigned). The two events come
-- from different topics in no guaranteed order, so whichever arrives first creates the row and the other completes it.
-- The group columns (owner, team, channel) are those of the first assignment.
CREATE TABLE sla_lead_latency (
    lead_id     UUID         PRIMARY KEY,
    captured_at TIMESTAMP(6) WITH TIME ZONE,
    assigned_at TIMESTAMP(6) WITH TIME ZONE,
    owner_id    VARCHAR(100),
    team_id     VARCHAR(100),
    channel     VARCHAR(20)
);
CREATE INDEX sla_lead_latency_assigned ON sla_lead_latency (assigned_at) WHERE captured_at IS NOT NULL;
