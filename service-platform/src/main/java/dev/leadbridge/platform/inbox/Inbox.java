package dev.leadbridge.platform.inbox;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.EventSchemas;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.PoisonEventException;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.cloudevents.CloudEvents;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The idempotent consumer every service uses: reads the binary-mode CloudEvent, checks the payload against its JSON
 * Schema, and applies it exactly once by storing the event's {@code ce_id} in the same transaction as the state it
 * changes. A redelivered event is acknowledged without effect.
 *
 * <p>A record that can never be processed (no CloudEvent headers, wrong schema, a handler's
 * {@link PoisonEventException}) is nacked at once, and the channel's {@code dead-letter-queue} failure strategy moves
 * it to {@code <topic>.dlq} with the reason. Anything else (the database away, say) is retried with back-off first,
 * because the event itself is fine.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final String MARK_PROCESSED = """
            INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (:consumer, :eventId, :now)
            ON CONFLICT DO NOTHING""";

    private final Clock clock;
    private final MeterRegistry registry;
    private final Duration retryFor;

    Inbox(Clock clock, MeterRegistry registry,
          @ConfigProperty(name = "leadbridge.inbox.retry-for", defaultValue = "PT5M") Duration retryFor) {
        this.clock = clock;
        this.registry = registry;
        this.retryFor = retryFor;
    }

    /**
     * Handles one Kafka record of the given type and acks or nacks it; a record of any other type is poison.
     *
     * @param consumer names this consumer in the dedup table, e.g. {@code "qualification.leads-captured"}
     */
    public <T> Uni<Void> consume(Message<String> message, String consumer, EventType type, Class<T> payloadType,
                                 EventHandler<T> handler) {
        return consume(message, consumer, EventHandlers.of().on(type, payloadType, handler), false);
    }

    /**
     * Handles one Kafka record of whichever type {@code handlers} lists and acks or nacks it; a well-formed record of
     * a type it does not list is acknowledged and skipped.
     */
    public Uni<Void> consume(Message<String> message, String consumer, EventHandlers handlers) {
        return consume(message, consumer, handlers, true);
    }

    private Uni<Void> consume(Message<String> message, String consumer, EventHandlers handlers,
                              boolean skipOtherTypes) {
        return Uni.createFrom().item(() -> decode(message, handlers, skipOtherTypes))
                .chain(event -> event == null
                        ? Uni.createFrom().voidItem().invoke(() -> count(consumer, "skipped"))
                        : applyOnce(consumer, event)
                                .onFailure(failure -> !(failure instanceof PoisonEventException))
                                .retry().withBackOff(Duration.ofMillis(100), Duration.ofSeconds(5))
                                .expireIn(retryFor.toMillis())
                                .invoke(applied -> count(consumer, applied ? "processed" : "duplicate"))
                                .replaceWithVoid())
                .chain(() -> Uni.createFrom().completionStage(message.ack()))
                .onFailure().recoverWithUni(failure -> deadLetter(message, consumer, failure));
    }

    /** The decoded event, or null for a well-formed event of a type this consumer skips. */
    private Decoded<?> decode(Message<String> message, EventHandlers handlers, boolean skipOtherTypes) {
        IncomingKafkaRecordMetadata<?, ?> record = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new PoisonEventException("not a Kafka record"));
        CloudEventAttributes attributes = CloudEvents.readHeaders(record.getHeaders());
        Optional<EventType> type = EventType.fromCeType(attributes.type());
        Optional<EventHandlers.Registration<?>> registration = type.flatMap(handlers::forType);
        if (registration.isEmpty()) {
            if (skipOtherTypes) {
                return null;
            }
            throw new PoisonEventException("unexpected ce_type " + attributes.type());
        }
        String json = message.getPayload();
        if (json == null) {
            throw new PoisonEventException("record has no value");
        }
        EventSchemas.requireValid(type.get(), json);
        return decoded(attributes, json, registration.get());
    }

    private static <T> Decoded<T> decoded(CloudEventAttributes attributes, String json,
                                          EventHandlers.Registration<T> registration) {
        return new Decoded<>(attributes, EventJson.read(json, registration.payloadType()), registration.handler());
    }

    private <T> Uni<Boolean> applyOnce(String consumer, Decoded<T> event) {
        return Panache.withTransaction(() -> markProcessed(consumer, event.attributes().id())
                .chain(firstTime -> firstTime
                        ? event.handler().handle(event.attributes(), event.payload()).replaceWith(true)
                        : Uni.createFrom().item(false)));
    }

    private Uni<Boolean> markProcessed(String consumer, UUID eventId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(MARK_PROCESSED)
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .setParameter("now", clock.instant())
                .executeUpdate()
                .map(inserted -> inserted == 1));
    }

    private Uni<Void> deadLetter(Message<String> message, String consumer, Throwable failure) {
        LOG.warnf("Inbox %s: dead-lettering record: %s", consumer, failure.getMessage());
        count(consumer, "dead_lettered");
        return Uni.createFrom().completionStage(message.nack(failure));
    }

    private void count(String consumer, String outcome) {
        registry.counter("leadbridge.inbox.events", "consumer", consumer, "outcome", outcome).increment();
    }

    private record Decoded<T>(CloudEventAttributes attributes, T payload, EventHandler<T> handler) {
    }
}
