-- The admin's SLA definitions, each stored as the JSON document the API reads and writes (validated before it is
-- stored). Policies are replaced as a whole set, so one row holds them; calendars are one row each.
CREATE TABLE sla_policy_set (
    id         SMALLINT PRIMARY KEY CHECK (id = 1),
    document   TEXT     NOT NULL,
    updated_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(100)
);

CREATE TABLE sla_calendar (
    id         VARCHAR(100) PRIMARY KEY,
    document   TEXT         NOT NULL,
    updated_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(100)
);

-- Seeds: the default calendar (weekdays 09:00-17:00 UTC), which applies to every team without its own calendar, and
-- the one catch-all policy (accept within 4 business hours, warn at 75 %, notify the manager 1 hour after the due
-- instant, reassign after 4 hours).
INSERT INTO sla_calendar (id, document, updated_at) VALUES ('default',
    '{"zone":"UTC","weeklyHours":{"monday":[{"start":"09:00","end":"17:00"}],"tuesday":[{"start":"09:00","end":"17:00"}],"wednesday":[{"start":"09:00","end":"17:00"}],"thursday":[{"start":"09:00","end":"17:00"}],"friday":[{"start":"09:00","end":"17:00"}]},"holidays":[]}',
    now());

INSERT INTO sla_policy_set (id, document, updated_at) VALUES (1,
    '{"policies":[{"id":"default","grades":[],"channels":[],"mqlReasons":[],"acceptWithin":"PT4H","mode":"business","warnAtFraction":0.75,"calendarId":null,"escalationSteps":[{"afterDue":"PT1H","action":"notify_manager"},{"afterDue":"PT4H","action":"reassign"}]}]}',
    now());
