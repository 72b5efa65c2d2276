package dev.leadbridge.qualification.api;

import dev.leadbridge.platform.problem.ProblemException;
import dev.leadbridge.platform.security.Roles;
import dev.leadbridge.qualification.application.LeadQueries;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/leads")
@Tag(name = "Leads", description = "Leads for sales reps, managers and marketing")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class LeadResource {

    private final LeadQueries queries;

    LeadResource(LeadQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REP, Roles.MANAGER, Roles.MARKETING})
    @Operation(summary = "A lead: stage, owner, score and history")
    public Uni<LeadView> find(@PathParam("id") UUID id) {
        return queries.find(id).map(found -> found.map(LeadView::of)
                .orElseThrow(() -> ProblemException.notFound("No lead " + id)));
    }
}
