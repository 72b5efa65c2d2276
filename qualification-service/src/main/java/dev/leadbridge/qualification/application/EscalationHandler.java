package dev.leadbridge.qualification.application;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.payload.EscalationAction;
import dev.leadbridge.events.payload.LeadReassigned;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.events.payload.ReassignmentReason;
import dev.leadbridge.events.payload.SlaEscalated;
import dev.leadbridge.platform.outbox.Outbox;
import dev.leadbridge.qualification.domain.lifecycle.LeadAction;
import dev.leadbridge.qualification.domain.lifecycle.LeadLifecycle;
import dev.leadbridge.qualification.domain.routing.RoutingDecision;
import dev.leadbridge.qualification.persistence.LeadEntity;
import dev.leadbridge.qualification.persistence.LeadHistoryRepository;
import dev.leadbridge.qualification.persistence.LeadRepository;
import dev.leadbridge.qualification.persistence.LeadStageChangeEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Acts on SLA escalations: one whose action is {@code reassign} takes the lead from its owner and routes it to the next
 * eligible rep of the roster (never the same one), announced as {@code lead.reassigned}. An escalation that is out of
 * date (the lead was accepted, or already has another owner) changes nothing. Runs inside the inbox transaction.
 */
@ApplicationScoped
public class EscalationHandler {

    private static final Logger LOG = Logger.getLogger(EscalationHandler.class);

    private final LeadRepository leads;
    private final LeadHistoryRepository history;
    private final LeadRouting routing;
    private final Outbox outbox;

    EscalationHandler(LeadRepository leads, LeadHistoryRepository history, LeadRouting routing, Outbox outbox) {
        this.leads = leads;
        this.history = history;
        this.routing = routing;
        this.outbox = outbox;
    }

    public Uni<Void> onEscalated(CloudEventAttributes event, SlaEscalated escalated) {
        if (escalated.action() != EscalationAction.REASSIGN) {
            return Uni.createFrom().voidItem();
        }
        return leads.findById(escalated.leadId()).chain(lead -> {
            if (lead == null || lead.stage != LifecycleStage.ASSIGNED || lead.ownerId == null
                    || (escalated.ownerId() != null && !escalated.ownerId().equals(lead.ownerId))) {
                LOG.infof("Escalation %s of lead %s is out of date; nothing to reassign", event.id(),
                        escalated.leadId());
                return Uni.createFrom().voidItem();
            }
            return reassign(lead, event);
        });
    }

    private Uni<Void> reassign(LeadEntity lead, CloudEventAttributes cause) {
        String previous = lead.ownerId;
        return routing.decide(lead, List.of(previous)).chain(routed -> {
            if (!(routed.decision() instanceof RoutingDecision.Assigned assigned)) {
                LOG.warnf("Lead %s stays with %s after escalation %s: %s", lead.id, previous, cause.id(),
                        routed.decision().explanation());
                return Uni.createFrom().voidItem();
            }
            lead.stage = LeadLifecycle.apply(lead.stage, LeadAction.REASSIGN);
            lead.ownerId = assigned.repId();
            LeadRouting.audit(lead, assigned, routed.at());
            LeadReassigned payload = new LeadReassigned(lead.id, previous, assigned.repId(), assigned.teamId(),
                    ReassignmentReason.SLA_ESCALATION, null, lead.scoreGrade, lead.channel, routed.at());
            return outbox.enqueue(EventType.LEAD_REASSIGNED, lead.id, payload)
                    .invoke(event -> LOG.infof("Lead %s reassigned from %s to %s after escalation %s (event %s)",
                            lead.id, previous, assigned.repId(), cause.id(), event.id()))
                    .chain(event -> history.persist(
                            LeadStageChangeEntity.of(lead.id, lead.stage, event.id(), routed.at())))
                    .replaceWithVoid();
        });
    }
}
