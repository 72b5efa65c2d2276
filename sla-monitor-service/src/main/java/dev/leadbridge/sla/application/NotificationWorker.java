package dev.leadbridge.sla.application;

import dev.leadbridge.platform.wakeup.DatabaseNotifications;
import dev.leadbridge.platform.wakeup.WakeableJob;
import dev.leadbridge.sla.domain.notification.DeliveryChannel;
import dev.leadbridge.sla.domain.notification.RetrySchedule;
import dev.leadbridge.sla.messaging.notification.MailSender;
import dev.leadbridge.sla.messaging.notification.SendOutcome;
import dev.leadbridge.sla.messaging.notification.WebhookSender;
import dev.leadbridge.sla.persistence.DeliveryStatus;
import dev.leadbridge.sla.persistence.NotificationAttemptEntity;
import dev.leadbridge.sla.persistence.NotificationDeliveryEntity;
import dev.leadbridge.sla.persistence.NotificationDeliveryRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends the due notification deliveries. A run claims a batch with {@code FOR UPDATE SKIP LOCKED} and leases it (moves
 * its due time to the end of the lease) in a short transaction, sends outside any transaction, then records each
 * attempt: delivered, due again by the retry schedule, or given up. Senders on any number of replicas claim disjoint
 * batches, so each delivery is sent once; only a sender dying between sending and recording lets its lease run out and
 * the delivery go out again, with the same delivery id for the receiver to recognise.
 */
@ApplicationScoped
public class NotificationWorker {

    static final String NOTIFY_CHANNEL = "leadbridge_notifications";
    private static final Logger LOG = Logger.getLogger(NotificationWorker.class);

    private final NotificationDeliveryRepository deliveries;
    private final MailSender mail;
    private final WebhookSender webhooks;
    private final NotificationSettings settings;
    private final RetrySchedule retries;
    private final Clock clock;
    private final DatabaseNotifications databaseNotifications;
    private final WakeableJob job;
    private final MeterRegistry registry;
    private final Timer latency;
    private Cancellable ticker;

    NotificationWorker(NotificationDeliveryRepository deliveries, MailSender mail, WebhookSender webhooks,
                       NotificationSettings settings, Clock clock, DatabaseNotifications databaseNotifications,
                       Vertx vertx, MeterRegistry registry) {
        this.deliveries = deliveries;
        this.mail = mail;
        this.webhooks = webhooks;
        this.settings = settings;
        this.retries = settings.retry().schedule();
        this.clock = clock;
        this.databaseNotifications = databaseNotifications;
        this.job = new WakeableJob("Notification sender", vertx.getDelegate(), this::sendAllDue);
        this.registry = registry;
        this.latency = Timer.builder("leadbridge.notifications.latency")
                .description("From the event a notification tells of to its delivery (SMTP server or webhook answered)")
                .publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram()
                .register(registry);
    }

    /** Wakes when deliveries are committed (PostgreSQL NOTIFY), and on a tick for retries falling due. */
    void start(@Observes StartupEvent startup) {
        databaseNotifications.listen(NOTIFY_CHANNEL, job::wake);
        ticker = Multi.createFrom().ticks().every(settings.pollInterval())
                .subscribe().with(tick -> job.wake(), failure -> LOG.error("Notification ticker stopped", failure));
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (ticker != null) {
            ticker.cancel();
        }
    }

    /** Sends batches until none is left due; the number of attempts made. Needs a Vert.x context. */
    public Uni<Integer> sendAllDue() {
        return sendBatch().chain(sent -> sent == settings.batchSize()
                ? sendAllDue().map(more -> sent + more)
                : Uni.createFrom().item(sent));
    }

    /** Claims, sends and records one batch; the number of attempts made. */
    public Uni<Integer> sendBatch() {
        return claim().chain(claimed -> claimed.isEmpty()
                ? Uni.createFrom().item(0)
                : Uni.join().all(claimed.stream().map(this::attempt).toList()).andFailFast()
                        .chain(this::record)
                        .replaceWith(claimed.size()));
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purgeFinished() {
        Instant cutoff = clock.instant().minus(settings.retention());
        return Panache.withTransaction(() -> deliveries.purgeFinishedBefore(cutoff))
                .invoke(purged -> LOG.debugf("Notifications: purged %d finished deliveries", purged))
                .replaceWithVoid()
                .onFailure().recoverWithNull();
    }

    private Uni<List<NotificationDeliveryEntity>> claim() {
        return Panache.withTransaction(() -> {
            Instant now = clock.instant();
            return deliveries.claimDue(now, settings.batchSize()).invoke(claimed -> claimed.forEach(delivery -> {
                delivery.attempts++;
                delivery.nextAttemptAt = now.plus(settings.lease());
            }));
        });
    }

    private record Attempt(NotificationDeliveryEntity delivery, Instant startedAt, Instant finishedAt,
                           SendOutcome outcome) {
    }

    private Uni<Attempt> attempt(NotificationDeliveryEntity delivery) {
        Instant startedAt = clock.instant();
        return send(delivery).map(outcome -> new Attempt(delivery, startedAt, clock.instant(), outcome));
    }

    private Uni<SendOutcome> send(NotificationDeliveryEntity delivery) {
        Duration timeout = settings.sendTimeout();
        if (delivery.channel == DeliveryChannel.EMAIL) {
            return mail.send(delivery.id, delivery.target, delivery.subject, delivery.text, timeout);
        }
        Optional<String> secret = settings.webhook().signingSecret().filter(s -> !s.isBlank());
        if (secret.isEmpty()) {
            return Uni.createFrom().item(SendOutcome.failed(null, "no webhook signing secret is configured "
                    + "(NOTIFICATIONS_WEBHOOK_SECRET)"));
        }
        return webhooks.send(delivery.id, delivery.trigger.wire(), delivery.target, delivery.webhookBody,
                secret.get().getBytes(StandardCharsets.UTF_8), timeout);
    }

    /** Records every attempt of the batch in one transaction. */
    private Uni<Void> record(List<Attempt> attempts) {
        return Panache.withTransaction(() -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Attempt attempt : attempts) {
                chain = chain.chain(() -> record(attempt));
            }
            return chain;
        }).invoke(() -> attempts.forEach(this::count));
    }

    private Uni<Void> record(Attempt attempt) {
        NotificationDeliveryEntity delivery = attempt.delivery();
        SendOutcome outcome = attempt.outcome();
        Optional<Instant> retryAt = outcome.succeeded() ? Optional.empty()
                : retries.nextAttemptAfter(delivery.attempts, attempt.finishedAt());
        DeliveryStatus status = outcome.succeeded() ? DeliveryStatus.DELIVERED
                : retryAt.isPresent() ? DeliveryStatus.PENDING : DeliveryStatus.DEAD;
        return deliveries.recordOutcome(delivery.id, delivery.attempts, status, retryAt.orElse(null),
                        outcome.succeeded() ? attempt.finishedAt() : null, outcome.error())
                .chain(recorded -> {
                    if (!recorded) {
                        LOG.warnf("Notification %s: attempt %d ended after its lease; another sender has it now",
                                delivery.id, delivery.attempts);
                        return Uni.createFrom().voidItem();
                    }
                    logEnd(delivery, status, outcome);
                    return Panache.getSession().chain(session -> session.persist(attemptRow(attempt)));
                });
    }

    private static NotificationAttemptEntity attemptRow(Attempt attempt) {
        NotificationAttemptEntity row = new NotificationAttemptEntity();
        row.id = UUID.randomUUID();
        row.deliveryId = attempt.delivery().id;
        row.attempt = attempt.delivery().attempts;
        row.startedAt = attempt.startedAt();
        row.finishedAt = attempt.finishedAt();
        row.succeeded = attempt.outcome().succeeded();
        row.statusCode = attempt.outcome().statusCode();
        row.error = attempt.outcome().error();
        return row;
    }

    private static void logEnd(NotificationDeliveryEntity delivery, DeliveryStatus status, SendOutcome outcome) {
        switch (status) {
            case DELIVERED -> LOG.infof("Lead %s: %s told to subscription %s by %s (delivery %s, attempt %d)",
                    delivery.leadId, delivery.trigger.wire(), delivery.subscriptionId,
                    delivery.channel.name().toLowerCase(java.util.Locale.ROOT), delivery.id, delivery.attempts);
            case PENDING -> LOG.infof("Lead %s: notification %s to subscription %s failed (attempt %d), tried again "
                    + "later: %s", delivery.leadId, delivery.id, delivery.subscriptionId, delivery.attempts,
                    outcome.error());
            case DEAD -> LOG.warnf("Lead %s: notification %s to subscription %s given up after %d attempts: %s",
                    delivery.leadId, delivery.id, delivery.subscriptionId, delivery.attempts, outcome.error());
        }
    }

    private void count(Attempt attempt) {
        NotificationDeliveryEntity delivery = attempt.delivery();
        Counter.builder("leadbridge.notifications.attempts")
                .description("Notification sends, by channel and outcome")
                .tag("channel", delivery.channel.name().toLowerCase(java.util.Locale.ROOT))
                .tag("outcome", attempt.outcome().succeeded() ? "delivered" : "failed")
                .register(registry)
                .increment();
        if (attempt.outcome().succeeded()) {
            latency.record(Duration.between(delivery.occurredAt, attempt.finishedAt()));
        }
    }
}
