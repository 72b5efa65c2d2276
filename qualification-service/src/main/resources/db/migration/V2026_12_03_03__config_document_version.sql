-- Configuration documents (RoutingTableDocument, RepDocument, ScoringModelDocument) are stored in shapes of their own;
-- the version says which reader reads a stored document, so a later shape keeps the older ones readable.
ALTER TABLE routing_table ADD COLUMN document_version INT NOT NULL DEFAULT 1;
ALTER TABLE rep ADD COLUMN document_version INT NOT NULL DEFAULT 1;
ALTER TABLE scoring_model ADD COLUMN document_version INT NOT NULL DEFAULT 1;
