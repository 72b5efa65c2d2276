-- The scoring model joins every other configuration in the history every service keeps (config_document): the
-- versions published so far move there unchanged, and the old table goes.
INSERT INTO config_document (kind, version, document, document_version, published_by, published_at)
SELECT 'scoring-model', version, document, document_version, published_by, published_at FROM scoring_model;
DROP TABLE scoring_model;
