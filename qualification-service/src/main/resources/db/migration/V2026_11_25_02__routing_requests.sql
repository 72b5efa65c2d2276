-- Routing in batches: the transaction that makes a lead an MQL only asks for routing (routing_requested_at), and the
-- routing worker assigns every lead asking, oldest first, under one lock of the routing table. The trigger wakes the
-- workers of every replica when such a lead is committed (NOTIFY is delivered on commit), also after another
-- transaction changed a lead still waiting, since a worker may have skipped it while that transaction held it.
ALTER TABLE lead ADD COLUMN routing_requested_at TIMESTAMP(6) WITH TIME ZONE;
CREATE INDEX lead_routing_requested ON lead (routing_requested_at) WHERE routing_requested_at IS NOT NULL;

CREATE FUNCTION notify_routing_worker() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('leadbridge_routing', '');
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER lead_routing_requested AFTER INSERT OR UPDATE ON lead
    FOR EACH ROW WHEN (NEW.routing_requested_at IS NOT NULL) EXECUTE FUNCTION notify_routing_worker();
