package dev.leadbridge.intake.application;

import dev.leadbridge.intake.persistence.LeadEntity;
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

    LeadQueries(LeadRepository leads, TouchpointRepository touchpoints) {
        this.leads = leads;
        this.touchpoints = touchpoints;
    }

    @WithSession
    public Uni<Optional<LeadWithTouchpoints>> find(UUID leadId) {
        return leads.findById(leadId).chain(lead -> lead == null
                ? Uni.createFrom().item(Optional.empty())
                : touchpoints.ofLead(leadId).map(list -> Optional.of(new LeadWithTouchpoints(lead, list))));
    }
}
