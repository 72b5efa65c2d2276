/**
 * SLA policies: which leads a policy covers, how long sales has to accept them, in business or wall time, when to
 * warn and how to escalate; and {@link dev.leadbridge.sla.domain.policy.PolicySelector}, which picks the policy of a
 * lead.
 */
package dev.leadbridge.sla.domain.policy;
