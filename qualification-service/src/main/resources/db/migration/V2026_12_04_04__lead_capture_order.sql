-- Replays (backtests) read leads in capture order, a page at a time.
CREATE INDEX lead_capture_order ON lead (captured_at, id);
