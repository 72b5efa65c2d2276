-- The ad platform's campaign id (utm_id) travels on touchpoints too, as it does on the captured lead.
ALTER TABLE touchpoint ADD COLUMN utm_id VARCHAR(200);
