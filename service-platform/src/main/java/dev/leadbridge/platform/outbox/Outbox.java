package dev.leadbridge.platform.outbox;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.cloudevents.CloudEvents;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records events to publish, inside the caller's database transaction: the event exists if and only if the state
 * change it announces was committed. The {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {

    /** An event about a lead, for {@link #enqueueAll(List)}. */
    public record LeadEvent(EventType type, UUID leadId, Object payload) {
    }

    /** Rows per insert: PostgreSQL takes at most 65,535 parameters per statement, and a row binds 6. */
    private static final int ROWS_PER_INSERT = 1_000;
    private static final String INSERT_ROWS = """
            INSERT INTO outbox_event (event_id, topic, record_key, ce_type, ce_source, ce_subject, ce_time, payload,
                                      created_at)
            VALUES\s""";

    private final Clock clock;
    private final String source;

    Outbox(Clock clock, @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.clock = clock;
        this.source = "/leadbridge/" + applicationName;
    }

    /**
     * Adds an event about a lead to the current transaction. The lead id is both the CloudEvent subject and the
     * record key, so all events of one lead stay ordered on one partition. Call inside {@code @WithTransaction}.
     */
    public Uni<CloudEventAttributes> enqueue(EventType type, UUID leadId, Object payload) {
        return enqueue(type, leadId.toString(), payload);
    }

    /** As {@link #enqueue(EventType, UUID, Object)} for events keyed by something else, e.g. a visitor id. */
    public Uni<CloudEventAttributes> enqueue(EventType type, String key, Object payload) {
        CloudEventAttributes attributes = CloudEvents.newAttributes(type, source, key, clock);
        OutboxEvent event = OutboxEvent.of(attributes, type.topic(), key, EventJson.write(payload), clock.instant());
        return event.persist().replaceWith(attributes);
    }

    /**
     * Adds events about leads to the current transaction with multi-row inserts, each event as
     * {@link #enqueue(EventType, UUID, Object)} would add it. For callers writing many events in one transaction:
     * identity ids keep Hibernate from batching the inserts of {@code persist}, so one by one each costs a round trip.
     * Rows get their ids in list order, so the relay publishes them in that order. Call inside
     * {@code @WithTransaction}.
     */
    public Uni<List<CloudEventAttributes>> enqueueAll(List<LeadEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(List.of()); // "INSERT ... VALUES" with no row is no statement
        }
        Instant now = clock.instant();
        List<CloudEventAttributes> attributes = events.stream()
                .map(event -> CloudEvents.newAttributes(event.type(), source, event.leadId().toString(), clock))
                .toList();
        Uni<Void> inserts = Uni.createFrom().voidItem();
        for (int from = 0; from < events.size(); from += ROWS_PER_INSERT) {
            int to = Math.min(events.size(), from + ROWS_PER_INSERT);
            List<LeadEvent> rows = events.subList(from, to);
            List<CloudEventAttributes> rowAttributes = attributes.subList(from, to);
            inserts = inserts.chain(() -> insert(rows, rowAttributes, now));
        }
        return inserts.replaceWith(attributes);
    }

    /**
     * Forgets the events kept under {@code key} (a lead id, a visitor id): they may hold personal data of a person
     * just erased. Published ones go now, before the retention purge would take them; unpublished ones must still be
     * published, since what they announce was committed and every consumer must hear it, and go the moment Kafka has
     * them. Flagging comes first: a row the relay marks sent meanwhile is then deleted by the second statement. Call
     * inside {@code @WithTransaction}.
     */
    public Uni<Void> forget(String key) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("UPDATE outbox_event SET forget_when_sent = TRUE WHERE record_key = :key"
                        + " AND sent_at IS NULL")
                .setParameter("key", key)
                .executeUpdate()
                .chain(() -> session
                        .createNativeQuery("DELETE FROM outbox_event WHERE record_key = :key AND sent_at IS NOT NULL")
                        .setParameter("key", key)
                        .executeUpdate()))
                .replaceWithVoid();
    }

    private Uni<Void> insert(List<LeadEvent> events, List<CloudEventAttributes> attributes, Instant now) {
        StringBuilder sql = new StringBuilder(INSERT_ROWS);
        for (int row = 0; row < events.size(); row++) {
            sql.append(row == 0 ? "" : ", ").append(("(:id%1$d, :topic%1$d, :key%1$d, :type%1$d, :source, :key%1$d,"
                    + " :time%1$d, :payload%1$d, :created)").formatted(row));
        }
        return Panache.getSession().chain(session -> {
            var insert = session.createNativeQuery(sql.toString())
                    .setParameter("source", source)
                    .setParameter("created", now);
            for (int row = 0; row < events.size(); row++) {
                LeadEvent event = events.get(row);
                CloudEventAttributes written = attributes.get(row);
                insert.setParameter("id" + row, written.id())
                        .setParameter("topic" + row, event.type().topic())
                        .setParameter("key" + row, written.subject())
                        .setParameter("type" + row, written.type())
                        .setParameter("time" + row, written.time())
                        .setParameter("payload" + row, EventJson.write(event.payload()));
            }
            return insert.executeUpdate();
        }).replaceWithVoid();
    }
}
