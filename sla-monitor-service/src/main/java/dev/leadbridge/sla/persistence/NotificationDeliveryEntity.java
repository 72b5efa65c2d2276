package dev.leadbridge.sla.persistence;

import dev.leadbridge.sla.domain.notification.DeliveryChannel;
import dev.leadbridge.sla.domain.notification.NotificationTrigger;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One notification to one subscriber about one event, with everything needed to send it again byte for byte. While
 * pending, {@code nextAttemptAt} is when it is due; a sender that claims it moves that to the end of its lease.
 */
@Entity
@Table(name = "notification_delivery")
public class NotificationDeliveryEntity {

    @Id
    public UUID id;
    @Column(name = "subscription_id", nullable = false, length = 64)
    public String subscriptionId;
    /** The version of the subscriptions that decided this delivery. */
    @Column(name = "subscriptions_version", nullable = false)
    public int subscriptionsVersion;
    @Column(name = "event_id", nullable = false)
    public UUID eventId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public NotificationTrigger trigger;
    @Column(name = "lead_id", nullable = false)
    public UUID leadId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public DeliveryChannel channel;
    /** The e-mail address or the webhook URL. */
    @Column(nullable = false, length = 2000)
    public String target;
    @Column(nullable = false, length = 300)
    public String subject;
    @Column(nullable = false)
    public String text;
    /** The JSON a webhook posts; absent for e-mail. */
    @Column(name = "webhook_body")
    public String webhookBody;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public DeliveryStatus status;
    @Column(nullable = false)
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    @Column(name = "last_error", length = 500)
    public String lastError;
}
