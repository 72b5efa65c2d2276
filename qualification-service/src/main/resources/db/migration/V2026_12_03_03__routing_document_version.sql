-- Routing documents are stored in a shape of their own (RoutingTableDocument, RepDocument), not the domain records';
-- the version says which reader reads a stored document, so a later shape keeps the older ones readable.
ALTER TABLE routing_table ADD COLUMN document_version INT NOT NULL DEFAULT 1;
ALTER TABLE rep ADD COLUMN document_version INT NOT NULL DEFAULT 1;
