package dev.leadbridge.sla.domain.policy;

import dev.leadbridge.events.payload.EscalationAction;
import java.time.Duration;

/**
 * What happens when a lead is still not accepted some time after its due instant, measured in the policy's time mode.
 *
 * @param afterDue how long after the due instant; zero escalates at the breach itself
 */
public record EscalationStep(Duration afterDue, EscalationAction action) {
}
