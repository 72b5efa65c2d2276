package dev.leadbridge.sla.application;

import dev.leadbridge.sla.persistence.DeliveryStatus;
import dev.leadbridge.sla.persistence.NotificationAttemptEntity;
import dev.leadbridge.sla.persistence.NotificationDeliveryEntity;
import dev.leadbridge.sla.persistence.NotificationDeliveryRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** What was sent to a subscription, newest first, each delivery with every attempt. */
@ApplicationScoped
public class DeliveryLog {

    /** One delivery and its attempts, oldest attempt first. */
    public record Entry(NotificationDeliveryEntity delivery, List<NotificationAttemptEntity> attempts) {
    }

    private final NotificationDeliveryRepository deliveries;

    DeliveryLog(NotificationDeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    /** The subscription's latest deliveries, only those in {@code status} when given. */
    @WithSession
    public Uni<List<Entry>> of(String subscriptionId, DeliveryStatus status, int limit) {
        return deliveries.ofSubscription(subscriptionId, status, limit).chain(found -> deliveries
                .attemptsOf(found.stream().map(delivery -> delivery.id).toList())
                .map(attempts -> {
                    Map<UUID, List<NotificationAttemptEntity>> byDelivery = attempts.stream()
                            .collect(Collectors.groupingBy(attempt -> attempt.deliveryId));
                    return found.stream()
                            .map(delivery -> new Entry(delivery, byDelivery.getOrDefault(delivery.id, List.of())))
                            .toList();
                }));
    }
}
