-- Where a lead belongs, for reports by country, territory, team and rep: its country from the capture, and its latest
-- team, owner and territory from lead.assigned and lead.reassigned. Owners live in a table of their own because the
-- lifecycle topic is read independently of the capture topic: an assignment may arrive before its capture.
ALTER TABLE attribution_lead ADD COLUMN country VARCHAR(2);

CREATE TABLE lead_owner (
    lead_id     UUID                        PRIMARY KEY,
    team_id     VARCHAR(100),
    owner_id    VARCHAR(100),
    territory   VARCHAR(60),
    assigned_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
