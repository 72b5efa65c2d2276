-- Every clock names the version of the SLA policies that chose its policy, and so does every SLA event about it.
ALTER TABLE sla_clock ADD COLUMN policy_version INTEGER;
