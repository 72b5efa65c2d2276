package dev.leadbridge.intake.application;

import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.LeadReassigned;
import dev.leadbridge.intake.persistence.LeadTeamRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Remembers which sales team each captured lead went to, from qualification's routing decisions, so a manager reads
 * the captured leads of their teams here as they do in qualification. Runs inside the inbox transaction.
 */
@ApplicationScoped
public class LeadTeams {

    private static final Logger LOG = Logger.getLogger(LeadTeams.class);

    private final LeadTeamRepository teams;

    LeadTeams(LeadTeamRepository teams) {
        this.teams = teams;
    }

    public Uni<Void> onAssigned(CloudEventAttributes event, LeadAssigned assigned) {
        return record(event, assigned.leadId(), assigned.teamId(), assigned.assignedAt());
    }

    public Uni<Void> onReassigned(CloudEventAttributes event, LeadReassigned reassigned) {
        return record(event, reassigned.leadId(), reassigned.teamId(), reassigned.reassignedAt());
    }

    private Uni<Void> record(CloudEventAttributes event, UUID leadId, String teamId, Instant at) {
        return teams.record(leadId, teamId, at).invoke(changed -> LOG.debugf("Lead %s: team %s as of %s %s (event %s)",
                leadId, teamId, at, changed ? "kept" : "older than the one kept; ignored", event.id()))
                .replaceWithVoid();
    }
}
