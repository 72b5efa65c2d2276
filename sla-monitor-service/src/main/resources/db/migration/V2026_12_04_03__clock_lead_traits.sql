-- The lead traits a policy was selected by, kept on the clock so a period's clocks can be replayed under a draft
-- policy set (POST /api/v1/sla/what-if). Clocks started before this migration have neither: a replay selects for
-- them as for a lead without grade and MQL reason.
ALTER TABLE sla_clock ADD COLUMN grade VARCHAR(1);
ALTER TABLE sla_clock ADD COLUMN mql_reason VARCHAR(30);
