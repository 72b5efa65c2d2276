-- Routing: the reps (working hours and time off as JSON documents), their round-robin state, and the routing table
-- managers maintain (one row, a JSON document; locked FOR UPDATE while a lead is routed, so replicas take turns).
CREATE TABLE rep (
    id            VARCHAR(100) PRIMARY KEY,
    team_id       VARCHAR(100) NOT NULL,
    active        BOOLEAN      NOT NULL,
    weight        INTEGER      NOT NULL,
    capacity      INTEGER      NOT NULL,
    hours_json    TEXT         NOT NULL,
    time_off_json TEXT         NOT NULL,
    updated_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE rep_load (
    rep_id           VARCHAR(100) PRIMARY KEY,
    open_leads       INTEGER      NOT NULL,
    credit           BIGINT       NOT NULL,
    last_assigned_at TIMESTAMP(6) WITH TIME ZONE
);

CREATE TABLE routing_table (
    id         INTEGER PRIMARY KEY,
    version    INTEGER NOT NULL,
    document   TEXT    NOT NULL,
    updated_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
INSERT INTO routing_table (id, version, document, updated_at) VALUES (1, 0,
    '{"rules":[],"defaultTeamId":"inbound","segments":{"midMarketFrom":200,"enterpriseFrom":1000}}', now());

-- The last routing decision on the lead, for the audit trail on the lead.
ALTER TABLE lead
    ADD COLUMN team_id                VARCHAR(100),
    ADD COLUMN routing_rule_id        VARCHAR(100),
    ADD COLUMN assignment_reason      VARCHAR(30),
    ADD COLUMN assignment_explanation TEXT,
    ADD COLUMN assigned_at            TIMESTAMP(6) WITH TIME ZONE;
CREATE INDEX lead_company_domain ON lead (company_domain);
