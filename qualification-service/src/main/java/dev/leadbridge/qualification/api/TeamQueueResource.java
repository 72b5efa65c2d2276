package dev.leadbridge.qualification.api;

import dev.leadbridge.platform.security.Roles;
import dev.leadbridge.qualification.application.LeadQueries;
import dev.leadbridge.qualification.domain.lifecycle.ActionNotAllowedException;
import dev.leadbridge.qualification.domain.lifecycle.LeadVisibility;
import dev.leadbridge.qualification.persistence.InboxLine;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A team's queue: the MQLs routing could give to no rep (nobody in the team on shift or with room), waiting for their
 * manager to hand each to a rep ({@code POST /api/v1/leads/{id}/reassign}).
 */
@Path("/api/v1/teams/{teamId}/queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Leads")
@SecurityRequirement(name = "SecurityScheme")
public class TeamQueueResource {

    private final LeadQueries queries;
    private final SecurityIdentity identity;

    TeamQueueResource(LeadQueries queries, SecurityIdentity identity) {
        this.queries = queries;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "The team's queue", description = "MQLs of the team that wait for a rep, the longest waiting "
            + "first; a manager reads the queues of the teams they lead.")
    public Uni<List<LeadSummary>> queue(
            @Parameter(description = "a team of the routing table", example = "team-emea")
            @PathParam("teamId") @Pattern(regexp = "[\\w.-]{1,100}") String teamId,
            @Parameter(description = "at most this many, 1 to 500", example = "100") @QueryParam("limit")
            @DefaultValue("100") @Min(1) @Max(500) int limit) {
        if (!LeadVisibility.mayReadQueueOf(Actors.of(identity), teamId)) {
            throw new ActionNotAllowedException("a manager reads the queues of the teams they lead");
        }
        return queries.queuedIn(teamId, limit)
                .map(leads -> leads.stream().map(lead -> LeadSummary.of(new InboxLine(lead, null))).toList());
    }
}
