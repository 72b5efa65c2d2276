-- Platform migrations take versions ending in 90-99, so they never collide with a service's own of the same day.
-- Versioned configuration documents (domain lists, and whatever else a service keeps as managed data): every published
-- version is kept, never overwritten; the highest version of a kind is in force.
CREATE TABLE config_document (
    kind         VARCHAR(60)                 NOT NULL,
    version      INTEGER                     NOT NULL,
    document     TEXT                        NOT NULL,
    published_by VARCHAR(100)                NOT NULL,
    published_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, version)
);
