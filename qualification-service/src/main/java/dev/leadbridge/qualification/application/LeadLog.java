package dev.leadbridge.qualification.application;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.qualification.domain.lifecycle.Lead;
import dev.leadbridge.qualification.domain.lifecycle.LeadChange;
import dev.leadbridge.qualification.domain.lifecycle.StageChange;
import java.util.List;
import org.jboss.logging.Logger;

/** One log line per decision a lead took, with the event that announces it: how a lead's path is traced in logs. */
final class LeadLog {

    private static final Logger LOG = Logger.getLogger("dev.leadbridge.qualification.lead");

    private LeadLog() {
    }

    static void decided(Lead lead, List<LeadChange> changes, List<CloudEventAttributes> written) {
        for (int i = 0; i < changes.size(); i++) {
            LeadChange change = changes.get(i);
            String step = change.stageStep() == null ? "" : ", " + describe(change);
            String why = isRouting(change) ? ": " + lead.assignment().explanation() : "";
            LOG.infof("Lead %s: %s%s%s (event %s)", lead.id(), change.type().ceType(), step, why,
                    written.get(i).id());
        }
    }

    private static boolean isRouting(LeadChange change) {
        return change.type() == EventType.LEAD_ASSIGNED || change.type() == EventType.LEAD_REASSIGNED;
    }

    private static String describe(LeadChange change) {
        StageChange step = change.stageStep();
        return (step.from() == null ? "entered" : step.from().wire()) + " -> " + step.to().wire()
                + (step.actorId() == null ? "" : " by " + step.actorId())
                + (step.ownerId() == null ? "" : ", owner " + step.ownerId());
    }
}
