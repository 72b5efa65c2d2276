package dev.leadbridge.sla.api;

import dev.leadbridge.sla.application.DeliveryLog;
import dev.leadbridge.sla.persistence.NotificationAttemptEntity;
import dev.leadbridge.sla.persistence.NotificationDeliveryEntity;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One notification as the delivery log shows it.
 *
 * @param subscriptionsVersion the version of the subscriptions that decided it
 * @param status               {@code pending} (to be sent or tried again at {@code nextAttemptAt}), {@code delivered}
 *                             or {@code dead} (given up after the last attempt)
 */
public record DeliveryView(UUID id, String subscriptionId, int subscriptionsVersion, UUID eventId, String trigger,
                           UUID leadId, String channel, String target, String subject, String status, int attempts,
                           Instant occurredAt, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt,
                           String lastError, List<AttemptView> attemptLog) {

    /** One try: when, whether it worked, the receiver's HTTP status for a webhook, the error otherwise. */
    public record AttemptView(int attempt, Instant startedAt, Instant finishedAt, boolean succeeded,
                              Integer statusCode, String error) {

        static AttemptView of(NotificationAttemptEntity attempt) {
            return new AttemptView(attempt.attempt, attempt.startedAt, attempt.finishedAt, attempt.succeeded,
                    attempt.statusCode, attempt.error);
        }
    }

    static DeliveryView of(DeliveryLog.Entry entry) {
        NotificationDeliveryEntity delivery = entry.delivery();
        return new DeliveryView(delivery.id, delivery.subscriptionId, delivery.subscriptionsVersion, delivery.eventId,
                delivery.trigger.wire(), delivery.leadId, lower(delivery.channel.name()), delivery.target,
                delivery.subject, lower(delivery.status.name()), delivery.attempts, delivery.occurredAt,
                delivery.createdAt, delivery.nextAttemptAt, delivery.deliveredAt, delivery.lastError,
                entry.attempts().stream().map(AttemptView::of).toList());
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
