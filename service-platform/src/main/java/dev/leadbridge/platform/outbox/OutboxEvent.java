package dev.leadbridge.platform.outbox;

import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of the transactional outbox: one CloudEvent waiting to be published, or already published. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false, length = 249)
    public String topic;

    @Column(name = "record_key", nullable = false)
    public String recordKey;

    @Column(name = "ce_type", nullable = false)
    public String ceType;

    @Column(name = "ce_source", nullable = false)
    public String ceSource;

    @Column(name = "ce_subject", nullable = false)
    public String ceSubject;

    @Column(name = "ce_time", nullable = false)
    public Instant ceTime;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    static OutboxEvent of(CloudEventAttributes attributes, String topic, String recordKey, String payload,
                          Instant now) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = attributes.id();
        event.topic = topic;
        event.recordKey = recordKey;
        event.ceType = attributes.type();
        event.ceSource = attributes.source();
        event.ceSubject = attributes.subject();
        event.ceTime = attributes.time();
        event.payload = payload;
        event.createdAt = now;
        return event;
    }
}
