package dev.leadbridge.sla.messaging;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.LeadReassigned;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.events.payload.SlaBreached;
import dev.leadbridge.events.payload.SlaEscalated;
import dev.leadbridge.events.payload.SlaWarning;
import dev.leadbridge.platform.inbox.EventHandlers;
import dev.leadbridge.platform.inbox.Inbox;
import dev.leadbridge.sla.application.Notifications;
import dev.leadbridge.sla.domain.notification.Occurrences;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Takes what people are told about off the topics, once each (the inbox keys it by {@code ce_id}): a lead assigned,
 * or reassigned to a new owner who owes the first response, from {@code leads.lifecycle}; warnings, breaches and
 * escalations from {@code sla.alerts}. Both run in a consumer group of their own, so a slow mail server never delays a
 * clock, and read the alerts only once committed and published.
 */
@ApplicationScoped
public class NotificationConsumer {

    static final String LIFECYCLE_CONSUMER = "sla.notify-lifecycle";
    static final String ALERTS_CONSUMER = "sla.notify-alerts";

    private final Inbox inbox;
    private final Notifications notifications;
    private final EventHandlers lifecycle;
    private final EventHandlers alerts;

    NotificationConsumer(Inbox inbox, Notifications notifications) {
        this.inbox = inbox;
        this.notifications = notifications;
        this.lifecycle = EventHandlers.of()
                .on(EventType.LEAD_ASSIGNED, LeadAssigned.class, this::onAssigned)
                .on(EventType.LEAD_REASSIGNED, LeadReassigned.class, this::onReassigned);
        this.alerts = EventHandlers.of()
                .on(EventType.SLA_WARNING, SlaWarning.class, this::onWarning)
                .on(EventType.SLA_BREACHED, SlaBreached.class, this::onBreached)
                .on(EventType.SLA_ESCALATED, SlaEscalated.class, this::onEscalated);
    }

    @Incoming(Channels.NOTIFY_LIFECYCLE)
    public Uni<Void> onLifecycleEvent(Message<String> message) {
        return inbox.consume(message, LIFECYCLE_CONSUMER, lifecycle);
    }

    @Incoming(Channels.NOTIFY_ALERTS)
    public Uni<Void> onAlert(Message<String> message) {
        return inbox.consume(message, ALERTS_CONSUMER, alerts);
    }

    private Uni<Void> onAssigned(CloudEventAttributes event, LeadAssigned assigned) {
        return notifications.tell(Occurrences.assigned(event.id(), assigned.leadId(), assigned.ownerId(),
                assigned.teamId(), gradeOf(assigned.grade()), assigned.assignedAt()));
    }

    /** The new owner of a lead still waiting for its first response is told as of an assignment; others are not. */
    private Uni<Void> onReassigned(CloudEventAttributes event, LeadReassigned reassigned) {
        if (reassigned.stage() != null && reassigned.stage() != LifecycleStage.ASSIGNED) {
            return Uni.createFrom().voidItem();
        }
        return notifications.tell(Occurrences.assigned(event.id(), reassigned.leadId(), reassigned.ownerId(),
                reassigned.teamId(), gradeOf(reassigned.grade()), reassigned.reassignedAt()));
    }

    private Uni<Void> onWarning(CloudEventAttributes event, SlaWarning warning) {
        return notifications.tell(Occurrences.warning(event.id(), warning.leadId(), warning.ownerId(),
                warning.teamId(), warning.dueAt(), warning.warnedAt()));
    }

    private Uni<Void> onBreached(CloudEventAttributes event, SlaBreached breached) {
        return notifications.tell(Occurrences.breached(event.id(), breached.leadId(), breached.ownerId(),
                breached.teamId(), breached.dueAt(), breached.lateness(), breached.breachedAt()));
    }

    private Uni<Void> onEscalated(CloudEventAttributes event, SlaEscalated escalated) {
        return notifications.tell(Occurrences.escalated(event.id(), escalated.leadId(), escalated.ownerId(),
                escalated.teamId(), escalated.step(), escalated.action().wire(), escalated.escalatedAt()));
    }

    private static String gradeOf(Grade grade) {
        return grade == null ? null : grade.wire();
    }
}
