-- Every configuration keeps its history here (scoring model, routing, roster, SLA policies, calendars, domain lists):
-- a version says why it was published (an optional comment), and in which stored shape its document is written, so
-- a later shape keeps the older versions readable.
ALTER TABLE config_document
    ADD COLUMN comment          VARCHAR(500),
    ADD COLUMN document_version INTEGER NOT NULL DEFAULT 1;
