-- Website forms allowed to post leads: where from, how their fields map, how spam is recognised, where to go next.
CREATE TABLE web_form (
    id                   VARCHAR(100)  PRIMARY KEY,
    name                 VARCHAR(200)  NOT NULL,
    allowed_origins      TEXT          NOT NULL,
    field_mapping        TEXT          NOT NULL,
    honeypot_field       VARCHAR(100),
    minimum_fill_seconds INTEGER       NOT NULL,
    thank_you_url        VARCHAR(2000),
    consent_text         VARCHAR(2000),
    updated_by           VARCHAR(100)  NOT NULL,
    updated_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
