package dev.leadbridge.qualification.api;

import dev.leadbridge.platform.config.DomainListResource;
import dev.leadbridge.platform.config.ConfigurationHistory;
import dev.leadbridge.platform.config.DomainLists;
import dev.leadbridge.qualification.application.LeadScoring;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The competitor domains, versioned managed data: a lead from one is flagged a competitor, so the scoring model's
 * disqualifying competitor rule fires from its next re-score on.
 */
@Path("/api/v1/competitor-domains")
@SecurityRequirement(name = "SecurityScheme")
@Tag(name = "Competitor domains", description = "Leads from these domains are flagged as competitors")
public class CompetitorDomainResource extends DomainListResource {

    CompetitorDomainResource(DomainLists lists, ConfigurationHistory history, SecurityIdentity identity) {
        super(lists, history, identity);
    }

    @Override
    protected String kind() {
        return LeadScoring.COMPETITOR_DOMAINS;
    }

    @Override
    protected String what() {
        return "the competitor domains";
    }
}
