-- The Lead aggregate: its qualification cycle (1 at capture, one more with each recycling) and the rep's phone, and a
-- history that says who took each step, from which stage, and who owned the lead afterwards.
ALTER TABLE lead ADD COLUMN qualification_cycle INT NOT NULL DEFAULT 1;
ALTER TABLE lead ADD COLUMN phone VARCHAR(40);

ALTER TABLE lead_stage_change ADD COLUMN from_stage VARCHAR(20);
ALTER TABLE lead_stage_change ADD COLUMN actor_id VARCHAR(100);
ALTER TABLE lead_stage_change ADD COLUMN owner_id VARCHAR(100);
