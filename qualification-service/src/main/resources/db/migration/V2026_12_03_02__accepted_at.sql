-- When the owner accepted the lead: a rep's capacity counts accepted leads only while they are young.
ALTER TABLE lead ADD COLUMN accepted_at TIMESTAMP(6) WITH TIME ZONE;
