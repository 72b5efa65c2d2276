-- The SLA policies and calendars keep their history as configuration documents, like every configuration: the
-- definitions in force become version 1 of each, and their tables go.
INSERT INTO config_document (kind, version, document, document_version, published_by, published_at, comment)
SELECT 'sla-policies', 1, document, 1, coalesce(updated_by, 'leadbridge'), updated_at, 'in force when history began'
FROM sla_policy_set WHERE id = 1;
INSERT INTO config_document (kind, version, document, document_version, published_by, published_at, comment)
SELECT 'sla-calendar:' || id, 1, document, 1, coalesce(updated_by, 'leadbridge'), updated_at,
       'in force when history began'
FROM sla_calendar;
DROP TABLE sla_policy_set;
DROP TABLE sla_calendar;
