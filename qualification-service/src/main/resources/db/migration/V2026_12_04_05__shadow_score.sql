-- A lead's latest scores under the model in use and under the draft in shadow (one row per shadow version and lead),
-- stored beside each other so the shadow report compares them with the outcomes sales recorded. Whether either
-- model made the lead an MQL sticks once true: a lead stays an MQL of the model that qualified it.
CREATE TABLE shadow_score (
    shadow_version     INTEGER                     NOT NULL,
    lead_id            UUID                        NOT NULL,
    live_model_version INTEGER                     NOT NULL,
    live_total         INTEGER                     NOT NULL,
    live_grade         VARCHAR(1)                  NOT NULL,
    live_mql           BOOLEAN                     NOT NULL,
    shadow_total       INTEGER                     NOT NULL,
    shadow_grade       VARCHAR(1)                  NOT NULL,
    shadow_mql         BOOLEAN                     NOT NULL,
    scored_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (shadow_version, lead_id)
);
