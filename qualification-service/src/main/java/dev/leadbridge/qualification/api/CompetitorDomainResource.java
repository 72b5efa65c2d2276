package dev.leadbridge.qualification.api;

import dev.leadbridge.platform.config.DomainListView;
import dev.leadbridge.platform.security.Roles;
import dev.leadbridge.qualification.application.CompetitorDomains;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The competitor domains, versioned managed data the scoring model's competitor rule reads. */
@Path("/api/v1/competitor-domains")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "SecurityScheme")
@Tag(name = "Competitor domains", description = "Leads from these domains are flagged as competitors")
public class CompetitorDomainResource {

    private final CompetitorDomains competitors;
    private final SecurityIdentity identity;

    CompetitorDomainResource(CompetitorDomains competitors, SecurityIdentity identity) {
        this.competitors = competitors;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The competitor domains in force, with their version")
    public Uni<DomainListView> current() {
        return competitors.inForce().map(DomainListView::of);
    }

    @GET
    @Path("/versions")
    @Operation(summary = "Every published version, newest first")
    public Uni<List<DomainListView>> history() {
        return competitors.history().map(versions -> versions.stream().map(DomainListView::of).toList());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a new version of the competitor domains", description = "Replaces the list as a "
            + "whole, as the next version; earlier versions are kept. Leads are scored against it from their next "
            + "re-score on. An entry that is no domain is a 400 problem naming it, and nothing is published.")
    @APIResponse(responseCode = "200", description = "The list now in force")
    @APIResponse(responseCode = "400", description = "An entry is no domain")
    public Uni<DomainListView> publish(DomainListView.Request request) {
        if (request == null) {
            throw Problems.missingBody();
        }
        return competitors.publish(request.domains(), identity.getPrincipal().getName()).map(DomainListView::of);
    }
}
