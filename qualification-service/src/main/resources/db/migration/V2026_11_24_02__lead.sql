-- Qualification's view of a lead: where it stands in the lifecycle and who owns it.
CREATE TABLE lead (
    id            UUID PRIMARY KEY,
    stage         VARCHAR(20)  NOT NULL,
    owner_id      VARCHAR(100),
    email         VARCHAR(254) NOT NULL,
    first_name    VARCHAR(100),
    last_name     VARCHAR(100),
    job_title     VARCHAR(200),
    company_name  VARCHAR(200),
    company_domain VARCHAR(253),
    company_size  INTEGER,
    industry      VARCHAR(100),
    country       VARCHAR(2),
    channel       VARCHAR(20)  NOT NULL,
    campaign      VARCHAR(200),
    captured_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL
);
CREATE INDEX lead_owner_stage ON lead (owner_id, stage);

-- Every stage a lead went through, with the event that moved it.
CREATE TABLE lead_stage_change (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lead_id    UUID        NOT NULL REFERENCES lead (id),
    stage      VARCHAR(20) NOT NULL,
    event_id   UUID        NOT NULL,
    changed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX lead_stage_change_lead ON lead_stage_change (lead_id, id);
