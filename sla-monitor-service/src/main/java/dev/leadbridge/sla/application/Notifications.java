package dev.leadbridge.sla.application;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.sla.domain.notification.DeliveryChannel;
import dev.leadbridge.sla.domain.notification.Notice;
import dev.leadbridge.sla.domain.notification.Occurrence;
import dev.leadbridge.sla.domain.notification.Subscription;
import dev.leadbridge.sla.persistence.DeliveryStatus;
import dev.leadbridge.sla.persistence.NotificationDeliveryEntity;
import dev.leadbridge.sla.persistence.NotificationDeliveryRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Decides who is told about an occurrence and writes one delivery per subscriber, in the transaction of the consumer
 * that took the event, so the deliveries commit with the event's inbox entry. The pair (subscription, event) is
 * unique: an event consumed twice adds no delivery. The {@link NotificationWorker} sends them.
 */
@ApplicationScoped
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class);

    private final NotificationSubscriptions subscriptions;
    private final NotificationDeliveryRepository deliveries;
    private final NotificationSettings settings;
    private final Clock clock;

    Notifications(NotificationSubscriptions subscriptions, NotificationDeliveryRepository deliveries,
                  NotificationSettings settings, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.settings = settings;
        this.clock = clock;
    }

    /** Writes a delivery for every subscriber who wants to hear of it; call inside a transaction. */
    public Uni<Void> tell(Occurrence occurrence) {
        return subscriptions.inForceForDelivery().chain(inForce -> {
            List<Subscription> told = inForce.value().stream().filter(s -> s.wants(occurrence)).toList();
            Notice notice = Notice.of(occurrence, settings.leadLinkOf(occurrence.leadId()));
            AtomicInteger added = new AtomicInteger();
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Subscription subscription : told) {
                NotificationDeliveryEntity delivery = delivery(occurrence, notice, subscription, inForce.version());
                chain = chain.chain(() -> deliveries.addIfNew(delivery)
                        .invoke(wasNew -> added.addAndGet(wasNew ? 1 : 0))
                        .replaceWithVoid());
            }
            return chain.invoke(() -> {
                if (!told.isEmpty()) {
                    LOG.debugf("Lead %s: %s (event %s) to be told to %d subscriber(s), %d new", occurrence.leadId(),
                            occurrence.trigger().wire(), occurrence.eventId(), told.size(), added.get());
                }
            });
        });
    }

    private NotificationDeliveryEntity delivery(Occurrence occurrence, Notice notice, Subscription subscription,
                                                int version) {
        NotificationDeliveryEntity delivery = new NotificationDeliveryEntity();
        delivery.id = UUID.randomUUID();
        delivery.subscriptionId = subscription.id();
        delivery.subscriptionsVersion = version;
        delivery.eventId = occurrence.eventId();
        delivery.trigger = occurrence.trigger();
        delivery.leadId = occurrence.leadId();
        delivery.channel = subscription.channel();
        delivery.target = subscription.target();
        delivery.subject = notice.subject();
        delivery.text = notice.text();
        delivery.webhookBody = subscription.channel() == DeliveryChannel.WEBHOOK
                ? EventJson.write(new WebhookBody(notice.text(), occurrence.trigger().wire(), delivery.id,
                        occurrence.eventId(), occurrence.leadId(), occurrence.ownerId(), occurrence.teamId(),
                        occurrence.at(), notice.link()))
                : null;
        delivery.occurredAt = occurrence.at();
        delivery.createdAt = clock.instant();
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = delivery.createdAt;
        return delivery;
    }
}
