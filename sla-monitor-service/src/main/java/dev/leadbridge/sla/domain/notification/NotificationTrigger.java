package dev.leadbridge.sla.domain.notification;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What people can ask to be told about: a lead given to a rep, and an SLA clock warning, breaching or escalating. */
public enum NotificationTrigger {
    LEAD_ASSIGNED,
    SLA_WARNING,
    SLA_BREACHED,
    SLA_ESCALATED;

    /** The name subscriptions use: {@code lead.assigned}, {@code sla.warning}, … (the event types' short names). */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replaceFirst("_", ".");
    }

    public static Optional<NotificationTrigger> fromWire(String wire) {
        return Arrays.stream(values()).filter(trigger -> trigger.wire().equals(wire)).findFirst();
    }
}
