package dev.leadbridge.platform.outbox;

import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.cloudevents.CloudEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import dev.leadbridge.platform.wakeup.DatabaseNotifications;
import dev.leadbridge.platform.wakeup.WakeableJob;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka in id order and marks them sent once the broker has acknowledged them
 * ({@code acks=all}, idempotent producer). While Kafka is down rows simply wait; nothing is lost and no request
 * fails.
 *
 * <p>Replicas share one database, so a transaction-scoped advisory lock lets one relay publish at a time: that
 * keeps each lead's events in commit order. A crash between the broker's ack and the update publishes a batch
 * again; consumers are idempotent by {@code ce_id}, which is exactly why they must be.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHANNEL = "outbox";
    private static final String NOTIFY_CHANNEL = "leadbridge_outbox";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary but fixed: the key of the advisory lock that serialises relays on one database. */
    private static final long RELAY_LOCK_KEY = 7_270_226_114_001L;

    private static final String SELECT_UNSENT = """
            SELECT id, event_id, topic, record_key, ce_type, ce_source, ce_subject, ce_time, payload
            FROM outbox_event WHERE sent_at IS NULL ORDER BY id LIMIT $1""";
    private static final String MARK_SENT = "UPDATE outbox_event SET sent_at = $1 WHERE id = ANY($2)";
    /** Rows flagged by {@link Outbox#forget(String)} (a person erased) go as soon as Kafka has them. */
    private static final String FORGET_SENT = "DELETE FROM outbox_event WHERE id = ANY($1) AND forget_when_sent";
    private static final String PURGE_SENT = "DELETE FROM outbox_event WHERE sent_at < $1";

    private final Pool pool;
    private final MutinyEmitter<String> emitter;
    private final java.time.Clock clock;
    private final int batchSize;
    private final Duration sendTimeout;
    private final Duration retention;
    private final Duration pollInterval;
    private final Counter published;
    private final Timer publishLag;
    private final AtomicLong backlog = new AtomicLong();
    private final DatabaseNotifications notifications;
    private final WakeableJob relay;
    private Cancellable ticker;

    OutboxRelay(Pool pool,
                @Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                MutinyEmitter<String> emitter,
                java.time.Clock clock,
                MeterRegistry registry,
                Vertx vertx,
                DatabaseNotifications notifications,
                @ConfigProperty(name = "leadbridge.outbox.poll-interval", defaultValue = "PT1S") Duration pollInterval,
                @ConfigProperty(name = "leadbridge.outbox.batch-size", defaultValue = "500") int batchSize,
                @ConfigProperty(name = "leadbridge.outbox.send-timeout", defaultValue = "PT30S") Duration sendTimeout,
                @ConfigProperty(name = "leadbridge.outbox.retention", defaultValue = "P7D") Duration retention) {
        this.pool = pool;
        this.emitter = emitter;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
        this.retention = retention;
        this.published = Counter.builder("leadbridge.outbox.published")
                .description("Outbox events acknowledged by Kafka")
                .register(registry);
        this.publishLag = Timer.builder("leadbridge.outbox.publish.lag")
                .description("From the event's time (its transaction) to Kafka's acknowledgement")
                .publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram()
                .register(registry);
        Gauge.builder("leadbridge.outbox.backlog", backlog, AtomicLong::get)
                .description("Events committed but not yet acknowledged by Kafka, as of the last count")
                .register(registry);
        this.notifications = notifications;
        this.relay = new WakeableJob("Outbox relay", vertx.getDelegate(), this::publishPending);
    }

    /**
     * Wakes on PostgreSQL's NOTIFY, sent when a transaction that wrote events commits, so events leave within
     * milliseconds; a slower tick catches anything a lost notification left behind (the listener reconnecting, say).
     */
    void start(@Observes StartupEvent startup) {
        notifications.listen(NOTIFY_CHANNEL, relay::wake);
        ticker = Multi.createFrom().ticks().every(pollInterval)
                .subscribe().with(tick -> relay.wake(), failure -> LOG.error("Outbox relay ticker stopped", failure));
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (ticker != null) {
            ticker.cancel();
        }
    }

    Uni<Void> publishPending() {
        return publishBatch()
                .chain(count -> count == batchSize ? publishPending() : Uni.createFrom().voidItem())
                .onFailure().invoke(failure -> LOG.warnf("Outbox relay: batch not published, will retry: %s",
                        failure.getMessage()))
                .onFailure().recoverWithNull();
    }

    @Scheduled(every = "5s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> countBacklog() {
        return pool.query("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL").execute()
                .invoke(rows -> backlog.set(rows.iterator().next().getLong(0)))
                .replaceWithVoid()
                .onFailure().recoverWithNull();
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purgeSent() {
        OffsetDateTime cutoff = OffsetDateTime.ofInstant(clock.instant().minus(retention), ZoneOffset.UTC);
        return pool.preparedQuery(PURGE_SENT).execute(Tuple.of(cutoff))
                .invoke(rows -> LOG.debugf("Outbox: purged %d sent events", rows.rowCount()))
                .replaceWithVoid();
    }

    /** Publishes up to one batch; the number of events published. */
    Uni<Integer> publishBatch() {
        return pool.withTransaction(connection -> tryLock(connection)
                .chain(locked -> locked ? publishLocked(connection) : Uni.createFrom().item(0)));
    }

    private Uni<Boolean> tryLock(SqlConnection connection) {
        return connection.preparedQuery("SELECT pg_try_advisory_xact_lock($1)")
                .execute(Tuple.of(RELAY_LOCK_KEY))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    private Uni<Integer> publishLocked(SqlConnection connection) {
        return connection.preparedQuery(SELECT_UNSENT).execute(Tuple.of(batchSize))
                .chain(rows -> {
                    List<Long> ids = new ArrayList<>();
                    List<Uni<Void>> sends = new ArrayList<>();
                    for (Row row : rows) {
                        ids.add(row.getLong("id"));
                        sends.add(send(row));
                    }
                    if (ids.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    return Uni.join().all(sends).andFailFast()
                            .ifNoItem().after(sendTimeout).fail()
                            .chain(() -> markSent(connection, ids))
                            .invoke(() -> published.increment(ids.size()))
                            .replaceWith(ids.size());
                });
    }

    private Uni<Void> send(Row row) {
        CloudEventAttributes attributes = new CloudEventAttributes(
                row.getUUID("event_id"), row.getString("ce_type"), row.getString("ce_source"),
                row.getString("ce_subject"), row.getOffsetDateTime("ce_time").toInstant());
        RecordHeaders headers = new RecordHeaders();
        CloudEvents.writeHeaders(attributes, headers);
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.getString("topic"))
                .withKey(row.getString("record_key"))
                .withHeaders(headers)
                .build();
        return emitter.sendMessage(Message.of(row.getString("payload")).addMetadata(metadata))
                .invoke(() -> publishLag.record(Duration.between(attributes.time(), clock.instant())));
    }

    private Uni<Void> markSent(SqlConnection connection, List<Long> ids) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        Long[] sent = ids.toArray(Long[]::new);
        // marking first: a row an erasure flags meanwhile is either flagged before this update (and deleted next)
        // or skipped by the erasure's flagging and deleted by its own delete of sent rows
        return connection.preparedQuery(MARK_SENT).execute(Tuple.of(now, sent))
                .chain(() -> connection.preparedQuery(FORGET_SENT).execute(Tuple.of((Object) sent)))
                .replaceWithVoid();
    }
}
