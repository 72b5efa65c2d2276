package dev.leadbridge.intake.application;

import dev.leadbridge.intake.persistence.LeadEntity;
import dev.leadbridge.intake.persistence.LeadTeamRepository;
import dev.leadbridge.intake.persistence.TouchpointEntity;
import dev.leadbridge.intake.persistence.TouchpointRepository;
import dev.leadbridge.intake.persistence.LeadRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads captured leads with their touchpoints. */
@ApplicationScoped
public class LeadQueries {

    /** A lead with its journey so far. */
    public record LeadWithTouchpoints(LeadEntity lead, List<TouchpointEntity> touchpoints) {
    }

    private final LeadRepository leads;
    private final TouchpointRepository touchpoints;
    private final LeadTeamRepository teams;

    LeadQueries(LeadRepository leads, TouchpointRepository touchpoints, LeadTeamRepository teams) {
        this.leads = leads;
        this.touchpoints = touchpoints;
        this.teams = teams;
    }

    /** The sales team the lead was last routed to; empty for a lead never routed to one. */
    @WithSession
    public Uni<Optional<String>> teamOf(UUID leadId) {
        return teams.teamOf(leadId);
    }

    @WithSession
    public Uni<Optional<LeadWithTouchpoints>> find(UUID leadId) {
        return leads.findById(leadId).chain(lead -> lead == null
                ? Uni.createFrom().item(Optional.empty())
                : touchpoints.ofLead(leadId).map(list -> Optional.of(new LeadWithTouchpoints(lead, list))));
    }
}
