-- The sales team a lead was last routed to, as leads.lifecycle announced it (assigned, reassigned): a manager reads the
-- captured leads of the teams they lead. Its own table, written only by the lifecycle consumer, so capture updating the
-- lead row and the consumer never overwrite each other.
CREATE TABLE lead_team (
    lead_id    UUID PRIMARY KEY,
    team_id    VARCHAR(100),
    changed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
