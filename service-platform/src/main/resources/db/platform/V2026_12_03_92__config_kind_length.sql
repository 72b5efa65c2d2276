-- A kind may name one of many documents of a sort (sla-calendar:<calendar id>, ids of up to 100 characters).
ALTER TABLE config_document ALTER COLUMN kind TYPE VARCHAR(120);
