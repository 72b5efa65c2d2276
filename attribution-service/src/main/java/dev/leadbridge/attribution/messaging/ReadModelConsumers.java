package dev.leadbridge.attribution.messaging;

import dev.leadbridge.attribution.application.ReadModelRecorder;
import dev.leadbridge.attribution.application.SlaRecorder;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.LeadAccepted;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.payload.LeadClosed;
import dev.leadbridge.events.payload.LeadConverted;
import dev.leadbridge.events.payload.LeadMql;
import dev.leadbridge.events.payload.LeadReassigned;
import dev.leadbridge.events.payload.LeadRejected;
import dev.leadbridge.events.payload.LeadUpdated;
import dev.leadbridge.events.payload.PersonErased;
import dev.leadbridge.events.payload.SlaBreached;
import dev.leadbridge.events.payload.SlaEscalated;
import dev.leadbridge.events.payload.SlaMet;
import dev.leadbridge.events.payload.SlaWarning;
import dev.leadbridge.events.payload.TouchpointRecorded;
import dev.leadbridge.platform.inbox.EventHandlers;
import dev.leadbridge.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Takes the events journeys and KPIs are made of off {@code leads.captured}, {@code leads.touchpoints},
 * {@code leads.lifecycle} and {@code sla.alerts}, once each; lifecycle types attribution does not use (scored,
 * recycled) are skipped.
 */
@ApplicationScoped
public class ReadModelConsumers {

    static final String CAPTURED_CONSUMER = "attribution.leads-captured";
    static final String TOUCHPOINTS_CONSUMER = "attribution.leads-touchpoints";
    static final String LIFECYCLE_CONSUMER = "attribution.leads-lifecycle";
    static final String SLA_ALERTS_CONSUMER = "attribution.sla-alerts";

    /** Every inbox consumer name of this service, whose processed events a rebuild forgets. */
    public static final List<String> CONSUMERS = List.of(CAPTURED_CONSUMER, TOUCHPOINTS_CONSUMER, LIFECYCLE_CONSUMER,
            SLA_ALERTS_CONSUMER);

    private final Inbox inbox;
    private final ReadModelRecorder recorder;
    private final EventHandlers captured;
    private final EventHandlers lifecycle;
    private final EventHandlers slaAlerts;

    ReadModelConsumers(Inbox inbox, ReadModelRecorder recorder, SlaRecorder slaRecorder) {
        this.inbox = inbox;
        this.recorder = recorder;
        this.captured = EventHandlers.of()
                .on(EventType.LEAD_CAPTURED, LeadCaptured.class, recorder::captured)
                .on(EventType.LEAD_UPDATED, LeadUpdated.class, recorder::updated)
                .on(EventType.PERSON_ERASED, PersonErased.class, recorder::erased);
        this.lifecycle = EventHandlers.of()
                .on(EventType.LEAD_MQL, LeadMql.class, recorder::mql)
                .on(EventType.LEAD_ASSIGNED, LeadAssigned.class, recorder::assigned)
                .on(EventType.LEAD_REASSIGNED, LeadReassigned.class, recorder::reassigned)
                .on(EventType.LEAD_ACCEPTED, LeadAccepted.class, recorder::accepted)
                .on(EventType.LEAD_REJECTED, LeadRejected.class, recorder::rejected)
                .on(EventType.LEAD_CONVERTED, LeadConverted.class, recorder::converted)
                .on(EventType.LEAD_CLOSED, LeadClosed.class, recorder::closed);
        this.slaAlerts = EventHandlers.of()
                .on(EventType.SLA_WARNING, SlaWarning.class, slaRecorder::warning)
                .on(EventType.SLA_BREACHED, SlaBreached.class, slaRecorder::breached)
                .on(EventType.SLA_ESCALATED, SlaEscalated.class, slaRecorder::escalated)
                .on(EventType.SLA_MET, SlaMet.class, slaRecorder::met);
    }

    @Incoming(Channels.LEADS_CAPTURED)
    public Uni<Void> onLeadCaptured(Message<String> message) {
        return inbox.consume(message, CAPTURED_CONSUMER, captured);
    }

    @Incoming(Channels.LEADS_TOUCHPOINTS)
    public Uni<Void> onTouchpoint(Message<String> message) {
        return inbox.consume(message, TOUCHPOINTS_CONSUMER, EventType.TOUCHPOINT_RECORDED, TouchpointRecorded.class,
                recorder::touchpoint);
    }

    @Incoming(Channels.LEADS_LIFECYCLE)
    public Uni<Void> onLifecycle(Message<String> message) {
        return inbox.consume(message, LIFECYCLE_CONSUMER, lifecycle);
    }

    @Incoming(Channels.SLA_ALERTS)
    public Uni<Void> onSlaAlert(Message<String> message) {
        return inbox.consume(message, SLA_ALERTS_CONSUMER, slaAlerts);
    }
}
