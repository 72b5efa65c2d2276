package dev.leadbridge.qualification.support;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.cloudevents.CloudEvents;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.Company;
import dev.leadbridge.events.payload.Consent;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.payload.LeadSource;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.events.payload.Person;
import dev.leadbridge.events.payload.SlaClock;
import dev.leadbridge.events.payload.SlaClockState;
import dev.leadbridge.events.payload.TouchpointRecorded;
import dev.leadbridge.events.payload.TouchpointType;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/** Builds and publishes the events other services send to qualification, as they would. */
public final class Events {

    public static final String INTAKE = "/leadbridge/lead-intake-service";
    public static final String SLA_MONITOR = "/leadbridge/sla-monitor-service";

    private Events() {
    }

    public static CloudEventAttributes newEvent(EventType type, String source, String key) {
        return CloudEvents.newAttributes(type, source, key, Clock.systemUTC());
    }

    public static void publish(TopicWriter writer, CloudEventAttributes event, Object payload) {
        EventType type = event.eventType().orElseThrow();
        writer.send(type.topic(), event.subject(), EventJson.write(payload), CloudEvents.headersOf(event));
    }

    public static CloudEventAttributes publish(TopicWriter writer, EventType type, String source, String key,
                                               Object payload) {
        return writer.publish(type, source, key, payload);
    }

    /** A senior marketer at a mid-sized software company in a core territory: grade A, an MQL on its score alone. */
    public static LeadCaptured strongLead(UUID leadId) {
        return lead(leadId, "VP Marketing", 500, "Software", null, LifecycleStage.CAPTURED, null);
    }

    /** An engineer at a tiny company: scored, but far from an MQL until it raises its hand. */
    public static LeadCaptured weakLead(UUID leadId, String visitorId) {
        return lead(leadId, "Engineer", 5, "Retail", visitorId, LifecycleStage.CAPTURED, null);
    }

    /** A strong lead from the given country, of a company nobody owns yet (its own domain). */
    public static LeadCaptured strongLeadFrom(UUID leadId, String country) {
        String domain = "company-" + leadId + ".example";
        return new LeadCaptured(leadId, now(),
                new Person("ada@" + domain, "Ada", "Lovelace", null, "VP Marketing"),
                new Company("Analytical Engines", domain, 500, "Software"),
                country, new Consent(true, "news please", null), LeadSource.of(Channel.PAID_SEARCH),
                null, null, LifecycleStage.CAPTURED, null, Map.of());
    }

    public static LeadCaptured lead(UUID leadId, String jobTitle, int companySize, String industry, String visitorId,
                                    LifecycleStage entryStage, String ownerId) {
        return new LeadCaptured(leadId, now(),
                new Person("ada@engines.example", "Ada", "Lovelace", null, jobTitle),
                new Company("Analytical Engines", "engines.example", companySize, industry),
                "GB", new Consent(true, "news please", null),
                new LeadSource(Channel.PAID_SEARCH, "launch", null, null, null, null, null, null, null, null, null, null),
                visitorId, null, entryStage, ownerId, Map.of());
    }

    public static TouchpointRecorded touchpoint(UUID touchpointId, UUID leadId, String visitorId, TouchpointType type,
                                                Instant occurredAt) {
        return new TouchpointRecorded(touchpointId, leadId, visitorId, type, occurredAt, Channel.EMAIL, null,
                null, null, null, null, null, null, null, Map.of());
    }

    /** A clock state as the SLA monitor announces it on {@code sla.clocks}: due at {@code dueAt}, warned half an hour before. */
    public static SlaClock clock(UUID leadId, String owner, SlaClockState state, Instant dueAt, Instant changedAt) {
        return new SlaClock(leadId, UUID.randomUUID(), "test-policy", owner, null, state, changedAt,
                dueAt.minus(Duration.ofMinutes(30)), dueAt, changedAt);
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
