package dev.leadbridge.qualification.api;

import dev.leadbridge.platform.security.Roles;
import dev.leadbridge.qualification.application.RepDocument;
import dev.leadbridge.qualification.application.RoutingConfiguration;
import dev.leadbridge.qualification.application.RoutingTableDocument;
import dev.leadbridge.qualification.domain.routing.Rep;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Routing", description = "Reps (teams, capacity, working hours, time off) and the routing rules")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoutingResource {

    static final String REPS_EXAMPLE = """
            [{"id": "rep-1", "teamId": "emea", "active": true, "weight": 2, "capacity": 25,
              "hours": {"zone": "Europe/London", "shifts": [{"day": "MONDAY", "start": "09:00", "end": "17:30"}]},
              "timeOff": [{"start": "2026-12-24T00:00:00Z", "end": "2027-01-02T00:00:00Z"}]}]""";
    static final String TABLE_EXAMPLE = """
            {"rules": [{"id": "emea-enterprise", "priority": 10, "teamId": "emea-enterprise",
                        "countries": ["GB", "DE"], "segments": ["ENTERPRISE"], "channels": []}],
             "defaultTeamId": "inbound", "segments": {"midMarketFrom": 200, "enterpriseFrom": 1000}}""";

    private final RoutingConfiguration configuration;

    RoutingResource(RoutingConfiguration configuration) {
        this.configuration = configuration;
    }

    @GET
    @Path("/reps")
    @Operation(summary = "The reps routing chooses from")
    public Uni<List<RepDocument>> reps() {
        return configuration.reps().map(RoutingResource::documents);
    }

    @PUT
    @Path("/reps")
    @Operation(summary = "Replace the reps", description = "Validated as a whole: a bad roster is a 400 problem "
            + "listing every problem, and the old roster stays. Reps left out leave the rotation.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "roster", value = REPS_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The roster now in use")
    @APIResponse(responseCode = "400", description = "The roster does not validate")
    public Uni<List<RepDocument>> replaceReps(List<RepDocument> reps) {
        if (reps == null) {
            throw Problems.missingBody();
        }
        List<Rep> roster = reps.stream().map(rep -> rep == null ? null : rep.toDomain())
                .collect(Collectors.toList()); // a null entry stays, for validation to name
        return configuration.replaceReps(roster).map(RoutingResource::documents);
    }

    @GET
    @Path("/routing-rules")
    @Operation(summary = "The routing rules: which team gets which leads")
    public Uni<RoutingTableDocument> table() {
        return configuration.table().map(RoutingTableDocument::of);
    }

    @PUT
    @Path("/routing-rules")
    @Operation(summary = "Replace the routing rules", description = "Rules are tried by priority, lowest first; "
            + "a lead no rule matches goes to the default team. A bad table is a 400 problem and the old one stays.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "table", value = TABLE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The routing table now in use")
    @APIResponse(responseCode = "400", description = "The table does not validate")
    public Uni<RoutingTableDocument> replaceTable(RoutingTableDocument table) {
        if (table == null) {
            throw Problems.missingBody();
        }
        return configuration.replaceTable(table.toDomain()).map(RoutingTableDocument::of);
    }

    private static List<RepDocument> documents(List<Rep> reps) {
        return reps.stream().map(RepDocument::of).toList();
    }
}
