package dev.leadbridge.sla.domain.notification;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Someone who asked to be told: for an audience, on some triggers, by e-mail to an address or by a signed webhook to a
 * URL.
 *
 * @param target the e-mail address, or the webhook's URL
 */
public record Subscription(String id, Audience audience, Set<NotificationTrigger> triggers, DeliveryChannel channel,
                           String target) {

    public Subscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(target, "target");
        if (triggers == null || triggers.isEmpty()) {
            throw new IllegalArgumentException("a subscription names at least one trigger");
        }
        triggers = Set.copyOf(EnumSet.copyOf(triggers));
    }

    /** Whether this subscriber is told about the occurrence. */
    public boolean wants(Occurrence occurrence) {
        return triggers.contains(occurrence.trigger()) && audience.includes(occurrence);
    }
}
