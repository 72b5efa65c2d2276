package dev.leadbridge.sla.domain.clock;

import dev.leadbridge.events.payload.EscalationAction;
import java.time.Instant;

/**
 * An escalation step of a clock's policy with the instant it falls due.
 *
 * @param step counted from 1, in the policy's order
 */
public record ScheduledEscalation(int step, EscalationAction action, Instant at) {
}
