package dev.leadbridge.attribution.support;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.cloudevents.CloudEvents;
import dev.leadbridge.events.payload.AssignmentReason;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.CloseOutcome;
import dev.leadbridge.events.payload.Consent;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.LeadAccepted;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.payload.LeadClosed;
import dev.leadbridge.events.payload.LeadConverted;
import dev.leadbridge.events.payload.LeadMql;
import dev.leadbridge.events.payload.LeadReassigned;
import dev.leadbridge.events.payload.LeadRejected;
import dev.leadbridge.events.payload.LeadSource;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.events.payload.Person;
import dev.leadbridge.events.payload.ReassignmentReason;
import dev.leadbridge.events.payload.RejectionReason;
import dev.leadbridge.events.payload.SlaBreached;
import dev.leadbridge.events.payload.SlaMet;
import dev.leadbridge.events.payload.SlaOutcome;
import dev.leadbridge.events.payload.SlaWarning;
import dev.leadbridge.events.payload.TouchpointRecorded;
import dev.leadbridge.events.payload.TouchpointType;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds and publishes the events the other services send to attribution, as they would. */
public final class Events {

    public static final String SOURCE = "/leadbridge/test";
    public static final String REP = "rep-1";
    public static final Currency EUR = Currency.getInstance("EUR");

    private static final Instant FIRST_EPOCH = Instant.parse("2030-01-01T00:00:00Z");
    private static final AtomicInteger EPOCHS = new AtomicInteger();

    private Events() {
    }

    /**
     * A start time 60 days after the previous one handed out, so every test's leads and deals fall in windows of their
     * own and its reports see only them.
     */
    public static Instant newEpoch() {
        return FIRST_EPOCH.plus(Duration.ofDays(60L * EPOCHS.getAndIncrement()));
    }

    public static CloudEventAttributes newEvent(EventType type, String key) {
        return CloudEvents.newAttributes(type, SOURCE, key, Clock.systemUTC());
    }

    public static void publish(TopicWriter writer, CloudEventAttributes event, Object payload) {
        EventType type = event.eventType().orElseThrow();
        writer.send(type.topic(), event.subject(), EventJson.write(payload), CloudEvents.headersOf(event));
    }

    /** Publishes {@code payload} as a new event keyed by {@code key} and returns the event's attributes. */
    public static CloudEventAttributes publish(TopicWriter writer, String key, Object payload) {
        CloudEventAttributes event = newEvent(EventType.forPayload(payload.getClass()), key);
        publish(writer, event, payload);
        return event;
    }

    public static LeadCaptured captured(UUID leadId, Instant at, Channel channel, String campaign, String visitorId) {
        return new LeadCaptured(leadId, at, new Person("ada@engines.example", "Ada", "Lovelace", null, "CTO"),
                null, "GB", new Consent(true, "news please", null),
                new LeadSource(channel, campaign, null, null, null, null, null, null, null, null, null, null),
                visitorId, null, LifecycleStage.CAPTURED, null, Map.of());
    }

    public static TouchpointRecorded touchpoint(UUID touchpointId, UUID leadId, String visitorId, Instant at,
                                                Channel channel, String campaign) {
        return new TouchpointRecorded(touchpointId, leadId, visitorId, TouchpointType.PAGE_VIEW, at, channel,
                campaign, null, null, null, null, null, null, null, Map.of());
    }

    public static LeadMql mql(UUID leadId, Instant at, Channel channel) {
        return new LeadMql(leadId, 1, 80, Grade.A, MqlReason.SCORE_THRESHOLD, at, channel, null);
    }

    /** Routing gave the lead to {@code rep} of {@code team}; the lead's country is in {@code territory}. */
    public static LeadAssigned assigned(UUID leadId, Instant at, String rep, String team, String territory) {
        return new LeadAssigned(leadId, rep, team, false, "rule-1", AssignmentReason.ROUND_ROBIN, Grade.A,
                Channel.PAID_SEARCH, MqlReason.SCORE_THRESHOLD, at, 1, 1, 1, territory);
    }

    public static LeadReassigned reassigned(UUID leadId, Instant at, String from, String to, String team) {
        return new LeadReassigned(leadId, from, to, team, ReassignmentReason.MANAGER, "boss", Grade.A,
                Channel.PAID_SEARCH, at);
    }

    public static LeadAccepted accepted(UUID leadId, Instant at) {
        return new LeadAccepted(leadId, REP, REP, at);
    }

    public static LeadRejected rejected(UUID leadId, Instant at, RejectionReason reason) {
        return new LeadRejected(leadId, REP, REP, reason, null, at);
    }

    public static LeadConverted converted(UUID leadId, Instant at) {
        return new LeadConverted(leadId, REP, "opp-" + leadId, null, null, at);
    }

    public static LeadClosed won(UUID leadId, Instant at, String amount) {
        return new LeadClosed(leadId, REP, "opp-" + leadId, CloseOutcome.WON, new BigDecimal(amount), EUR, null, at);
    }

    public static final String SLA_POLICY = "grade-a";

    /** A clock of {@code timerId} started at {@code startedAt}, due after {@code due}, warned at 80% of it. */
    public static SlaWarning slaWarning(UUID leadId, UUID timerId, Instant startedAt, Duration due) {
        return new SlaWarning(leadId, timerId, SLA_POLICY, REP, "team-1", startedAt, startedAt.plus(due),
                startedAt.plus(due.multipliedBy(4).dividedBy(5)));
    }

    public static SlaBreached slaBreached(UUID leadId, UUID timerId, Instant startedAt, Duration due) {
        return new SlaBreached(leadId, timerId, SLA_POLICY, REP, "team-1", startedAt.plus(due),
                startedAt.plus(due).plusSeconds(60), Duration.ofSeconds(60));
    }

    /** Sales accepted the lead {@code after} the clock started; breached when that is later than {@code due}. */
    public static SlaMet slaMet(UUID leadId, UUID timerId, Instant startedAt, Duration due, Duration after) {
        return new SlaMet(leadId, timerId, SLA_POLICY, REP, "team-1", SlaOutcome.ACCEPTED, startedAt,
                startedAt.plus(due), startedAt.plus(after), after, after, after.compareTo(due) > 0);
    }
}
