package dev.leadbridge.qualification.application;

import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.payload.EscalationAction;
import dev.leadbridge.events.payload.SlaEscalated;
import dev.leadbridge.qualification.domain.lifecycle.Lead;
import dev.leadbridge.qualification.domain.lifecycle.LeadChange;
import dev.leadbridge.qualification.domain.routing.RoutingDecision;
import dev.leadbridge.qualification.persistence.LeadStore;
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

    private final LeadStore leads;
    private final LeadRouting routing;

    EscalationHandler(LeadStore leads, LeadRouting routing) {
        this.leads = leads;
        this.routing = routing;
    }

    public Uni<Void> onEscalated(CloudEventAttributes event, SlaEscalated escalated) {
        if (escalated.action() != EscalationAction.REASSIGN) {
            return Uni.createFrom().voidItem();
        }
        return leads.find(escalated.leadId()).chain(lead -> {
            if (lead == null || !lead.awaitsFirstResponseFrom(escalated.ownerId())) {
                LOG.infof("Escalation %s of lead %s is out of date; nothing to reassign", event.id(),
                        escalated.leadId());
                return Uni.createFrom().voidItem();
            }
            return reassign(lead, event);
        });
    }

    private Uni<Void> reassign(Lead lead, CloudEventAttributes cause) {
        String previous = lead.ownerId();
        return routing.decide(lead, List.of(previous)).chain(routed -> {
            if (!(routed.decision() instanceof RoutingDecision.Assigned assigned)) {
                LOG.warnf("Lead %s stays with %s after escalation %s: %s", lead.id(), previous, cause.id(),
                        routed.decision().explanation());
                return Uni.createFrom().voidItem();
            }
            LeadChange reassigned = lead.reassignAfterEscalation(assigned, routed.at(), routed.versions());
            return leads.save(lead, List.of(reassigned))
                    .invoke(written -> LeadLog.decided(lead, List.of(reassigned), written))
                    .replaceWithVoid();
        });
    }
}
