-- Leads as captured: what the form or integration sent, normalised.
CREATE TABLE lead (
    id              UUID PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,
    first_name      VARCHAR(100),
    last_name       VARCHAR(100),
    phone           VARCHAR(40),
    job_title       VARCHAR(200),
    company_name    VARCHAR(200),
    company_domain  VARCHAR(253),
    company_size    INTEGER,
    industry        VARCHAR(100),
    country         VARCHAR(2),
    marketing_opt_in BOOLEAN     NOT NULL,
    consent_text    VARCHAR(2000),
    consent_at      TIMESTAMP(6) WITH TIME ZONE,
    channel         VARCHAR(20)  NOT NULL,
    campaign        VARCHAR(200),
    utm_source      VARCHAR(200),
    utm_medium      VARCHAR(200),
    utm_campaign    VARCHAR(200),
    utm_term        VARCHAR(200),
    utm_content     VARCHAR(200),
    landing_page    VARCHAR(2000),
    referrer        VARCHAR(2000),
    visitor_id      VARCHAR(100),
    captured_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX lead_email ON lead (email);
