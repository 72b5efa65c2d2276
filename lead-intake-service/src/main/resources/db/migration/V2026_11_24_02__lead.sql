-- Leads as captured: what the form or integration sent, normalised. One lead per e-mail address: a later
-- submission with the same address updates the lead (newest non-empty value wins) and is kept as a touchpoint.
CREATE TABLE lead (
    id               UUID PRIMARY KEY,
    email            VARCHAR(254) NOT NULL,
    first_name       VARCHAR(100),
    last_name        VARCHAR(100),
    phone            VARCHAR(40),
    phone_valid      BOOLEAN      NOT NULL,
    job_title        VARCHAR(200),
    company_name     VARCHAR(200),
    company_domain   VARCHAR(253),
    free_mail        BOOLEAN      NOT NULL,
    company_size     INTEGER,
    industry         VARCHAR(100),
    country          VARCHAR(2),
    marketing_opt_in BOOLEAN      NOT NULL,
    consent_text     VARCHAR(2000),
    consent_at       TIMESTAMP(6) WITH TIME ZONE,
    channel          VARCHAR(20)  NOT NULL,
    campaign         VARCHAR(200),
    utm_source       VARCHAR(200),
    utm_medium       VARCHAR(200),
    utm_campaign     VARCHAR(200),
    utm_term         VARCHAR(200),
    utm_content      VARCHAR(200),
    utm_id           VARCHAR(200),
    landing_page     VARCHAR(2000),
    referrer         VARCHAR(2000),
    visitor_id       VARCHAR(100),
    form_id          VARCHAR(100),
    integration      VARCHAR(100),
    entry_stage      VARCHAR(20)  NOT NULL,
    owner_id         VARCHAR(100),
    custom_fields    TEXT         NOT NULL,
    captured_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT lead_email_unique UNIQUE (email)
);
CREATE INDEX lead_visitor ON lead (visitor_id) WHERE visitor_id IS NOT NULL;

-- What later submissions changed on a lead: the history behind "newest non-empty value wins".
CREATE TABLE lead_change (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lead_id    UUID         NOT NULL REFERENCES lead (id),
    field      VARCHAR(50)  NOT NULL,
    old_value  VARCHAR(2000),
    new_value  VARCHAR(2000),
    changed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX lead_change_lead ON lead_change (lead_id, id);

-- Engagement events, of known leads or of anonymous visitors (stitched to the lead once the visitor is known).
CREATE TABLE touchpoint (
    id           UUID PRIMARY KEY,
    lead_id      UUID REFERENCES lead (id),
    visitor_id   VARCHAR(100),
    type         VARCHAR(40)  NOT NULL,
    occurred_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    channel      VARCHAR(20),
    campaign     VARCHAR(200),
    utm_source   VARCHAR(200),
    utm_medium   VARCHAR(200),
    utm_campaign VARCHAR(200),
    utm_term     VARCHAR(200),
    utm_content  VARCHAR(200),
    url          VARCHAR(2000),
    properties   TEXT         NOT NULL,
    recorded_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT touchpoint_has_subject CHECK (lead_id IS NOT NULL OR visitor_id IS NOT NULL)
);
CREATE INDEX touchpoint_lead ON touchpoint (lead_id, occurred_at) WHERE lead_id IS NOT NULL;
CREATE INDEX touchpoint_anonymous_visitor ON touchpoint (visitor_id) WHERE lead_id IS NULL;
