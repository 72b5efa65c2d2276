package dev.leadbridge.sla.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class NotificationDeliveryRepository implements PanacheRepositoryBase<NotificationDeliveryEntity, UUID> {

    /**
     * Adds the delivery unless its subscriber has one for the same event already (a redelivered event, another
     * replica's consumer); whether it was added. Call inside a transaction.
     */
    public Uni<Boolean> addIfNew(NotificationDeliveryEntity delivery) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO notification_delivery (id, subscription_id, subscriptions_version, event_id,
                            trigger, lead_id, channel, target, subject, text, webhook_body, occurred_at, created_at,
                            status, attempts, next_attempt_at)
                        VALUES (:id, :subscription, :version, :event, :trigger, :lead, :channel, :target, :subject,
                            :text, :body, :occurred, :created, 'PENDING', 0, :due)
                        ON CONFLICT ON CONSTRAINT notification_delivery_once DO NOTHING""")
                .setParameter("id", delivery.id)
                .setParameter("subscription", delivery.subscriptionId)
                .setParameter("version", delivery.subscriptionsVersion)
                .setParameter("event", delivery.eventId)
                .setParameter("trigger", delivery.trigger.name())
                .setParameter("lead", delivery.leadId)
                .setParameter("channel", delivery.channel.name())
                .setParameter("target", delivery.target)
                .setParameter("subject", delivery.subject)
                .setParameter("text", delivery.text)
                .setParameter("body", delivery.webhookBody)
                .setParameter("occurred", delivery.occurredAt)
                .setParameter("created", delivery.createdAt)
                .setParameter("due", delivery.nextAttemptAt)
                .executeUpdate()).map(added -> added == 1);
    }

    /**
     * Claims up to {@code limit} pending deliveries due by {@code now}, the longest due first, locked for the current
     * transaction. Rows another sender holds are skipped, so senders on any number of replicas claim disjoint sets;
     * the caller leases what it claimed (moves its due time on) before the transaction ends.
     */
    public Uni<List<NotificationDeliveryEntity>> claimDue(Instant now, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT * FROM notification_delivery
                        WHERE status = 'PENDING' AND next_attempt_at <= :now
                        ORDER BY next_attempt_at LIMIT :limit
                        FOR UPDATE SKIP LOCKED""", NotificationDeliveryEntity.class)
                .setParameter("now", now).setParameter("limit", limit)
                .getResultList());
    }

    /**
     * Records how an attempt ended, if the row is still that attempt's: a sender whose lease ran out (it hung, say)
     * and whose delivery another sender claimed since changes nothing. Whether it was recorded. Call inside a
     * transaction.
     */
    public Uni<Boolean> recordOutcome(UUID id, int attempt, DeliveryStatus status, Instant nextAttemptAt,
                                      Instant deliveredAt, String error) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        UPDATE notification_delivery
                        SET status = :status, next_attempt_at = :next, delivered_at = :delivered, last_error = :error
                        WHERE id = :id AND attempts = :attempt AND status = 'PENDING'""")
                .setParameter("status", status.name())
                .setParameter("next", nextAttemptAt)
                .setParameter("delivered", deliveredAt)
                .setParameter("error", error)
                .setParameter("id", id)
                .setParameter("attempt", attempt)
                .executeUpdate()).map(updated -> updated == 1);
    }

    /** The subscription's deliveries, newest first. */
    public Uni<List<NotificationDeliveryEntity>> ofSubscription(String subscriptionId, DeliveryStatus status,
                                                                int limit) {
        return status == null
                ? find("subscriptionId = ?1 order by createdAt desc, id", subscriptionId).page(0, limit).list()
                : find("subscriptionId = ?1 and status = ?2 order by createdAt desc, id", subscriptionId, status)
                        .page(0, limit).list();
    }

    /** The attempts of these deliveries, in order. */
    public Uni<List<NotificationAttemptEntity>> attemptsOf(List<UUID> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "from NotificationAttemptEntity where deliveryId in :ids order by deliveryId, attempt",
                        NotificationAttemptEntity.class)
                .setParameter("ids", deliveryIds)
                .getResultList());
    }

    /** Removes deliveries delivered or given up before {@code cutoff}, with their attempts; how many. */
    public Uni<Integer> purgeFinishedBefore(Instant cutoff) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        DELETE FROM notification_delivery
                        WHERE status <> 'PENDING' AND created_at < :cutoff""")
                .setParameter("cutoff", cutoff)
                .executeUpdate());
    }
}
