-- Every routing decision and reassignment, one row per lead.assigned / lead.reassigned event, never updated: the
-- audit log of who got which lead, by which rule, team and explanation, under which routing table and roster
-- versions. The lead row keeps only its latest decision.
CREATE TABLE lead_assignment (
    event_id          UUID PRIMARY KEY,
    lead_id           UUID                        NOT NULL,
    decided_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    kind              VARCHAR(10)                 NOT NULL CHECK (kind IN ('assigned', 'reassigned')),
    owner_id          VARCHAR(100),
    previous_owner_id VARCHAR(100),
    team_id           VARCHAR(100),
    queued            BOOLEAN                     NOT NULL,
    rule_id           VARCHAR(100),
    reason            VARCHAR(30)                 NOT NULL,
    explanation       TEXT,
    actor_id          VARCHAR(100),
    routing_version   INTEGER,
    roster_version    INTEGER
);
CREATE INDEX lead_assignment_by_lead ON lead_assignment (lead_id, decided_at);
CREATE INDEX lead_assignment_by_owner ON lead_assignment (owner_id, decided_at);
CREATE INDEX lead_assignment_by_time ON lead_assignment (decided_at);
