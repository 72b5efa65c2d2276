-- Every published scoring model, as the JSON document marketing edited; the highest version is in use. Until the
-- first publish the built-in default model (version 1) is.
CREATE TABLE scoring_model (
    version      INTEGER PRIMARY KEY,
    document     TEXT         NOT NULL,
    published_by VARCHAR(100) NOT NULL,
    published_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
