-- What the conversion models said of a lead with its current score (pAccept and pWin, each with its model version and
-- top factors), as the lead.scored event that announced the score carried it. Null until a model was learned.
ALTER TABLE lead ADD COLUMN conversion_json TEXT;
