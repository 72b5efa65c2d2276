-- The routing table and the roster keep their history as configuration documents: the table in force, if a manager
-- ever published one, becomes the first version kept, under its own number; the roster in force stays version 0
-- until its next publish, which the routing table row names from then on.
INSERT INTO config_document (kind, version, document, document_version, published_by, published_at, comment)
SELECT 'routing-table', version, document, document_version, 'leadbridge', updated_at, 'in force when history began'
FROM routing_table WHERE id = 1 AND version > 0;
ALTER TABLE routing_table ADD COLUMN roster_version INTEGER NOT NULL DEFAULT 0;
