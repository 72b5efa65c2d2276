package dev.leadbridge.sla.application;

import dev.leadbridge.events.payload.EscalationAction;
import java.time.Duration;

/**
 * An escalation step as the admin API and the stored policy document carry it.
 *
 * @param afterDue how long after the due instant, in the policy's time mode, e.g. {@code PT1H}
 * @param action   {@code notify_manager} or {@code reassign}
 */
public record EscalationStepDefinition(Duration afterDue, EscalationAction action) {
}
