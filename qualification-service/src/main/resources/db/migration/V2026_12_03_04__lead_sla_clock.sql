-- The latest state of each lead's SLA clock as the SLA monitor announced it on sla.clocks: the rep's inbox sorts by its
-- due time. One row per lead, replaced by a newer announcement; no foreign key, since the SLA monitor may announce a
-- clock before this service has committed the lead's row in a replica that is catching up.
CREATE TABLE lead_sla_clock (
    lead_id    UUID PRIMARY KEY,
    clock_id   UUID                        NOT NULL,
    owner_id   VARCHAR(100),
    state      VARCHAR(10)                 NOT NULL,
    due_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    changed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
