package dev.leadbridge.qualification.api;

import dev.leadbridge.platform.config.ConfigChange;
import dev.leadbridge.platform.config.ConfigurationHistory;
import dev.leadbridge.platform.config.ConfigurationHistoryResource;
import dev.leadbridge.platform.config.IfMatch;
import dev.leadbridge.platform.config.StoredDocument;
import dev.leadbridge.platform.config.Versioned;
import dev.leadbridge.platform.security.Roles;
import dev.leadbridge.qualification.application.RepDocument;
import dev.leadbridge.qualification.application.RoutingConfiguration;
import dev.leadbridge.qualification.domain.routing.Rep;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The roster routing chooses from, versioned: the version in force is the {@code ETag}. */
@Path("/api/v1/reps")
@Tag(name = "Routing", description = "Reps (teams, capacity, working hours, time off) and the routing rules")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class RepResource extends ConfigurationHistoryResource {

    static final String REPS_EXAMPLE = """
            [{"id": "rep-1", "teamId": "emea", "active": true, "weight": 2, "capacity": 25,
              "hours": {"zone": "Europe/London", "shifts": [{"day": "MONDAY", "start": "09:00", "end": "17:30"}]},
              "timeOff": [{"start": "2026-12-24T00:00:00Z", "end": "2027-01-02T00:00:00Z"}]}]""";
    static final Set<String> ROUTING_MANAGERS = Set.of(Roles.ADMIN, Roles.MANAGER);

    private final RoutingConfiguration configuration;
    private final SecurityIdentity identity;

    RepResource(RoutingConfiguration configuration, ConfigurationHistory history, SecurityIdentity identity) {
        super(history, identity);
        this.configuration = configuration;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(summary = "The reps routing chooses from; the roster's version is the ETag")
    public Uni<RestResponse<List<RepDocument>>> reps() {
        return configuration.reps().map(RepResource::tagged);
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the next version of the roster", description = "Validated as a whole: a bad "
            + "roster is a 400 problem listing every problem, and the roster in force stays. Reps left out leave the "
            + "rotation. The roster in force sent again publishes nothing; with `If-Match` naming the version read, "
            + "a version published meanwhile makes it a 412.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "roster", value = REPS_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The roster now in force")
    @APIResponse(responseCode = "400", description = "The roster does not validate")
    @APIResponse(responseCode = "412", description = "Another version was published since the one If-Match names")
    public Uni<RestResponse<List<RepDocument>>> replaceReps(
            @Parameter(description = "the `ETag` of the roster as read") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "why, kept in the history") @QueryParam("comment")
            @Size(max = ConfigChange.MAX_COMMENT) String comment,
            List<RepDocument> reps) {
        if (reps == null) {
            throw Problems.missingBody();
        }
        List<Rep> roster = reps.stream().map(rep -> rep == null ? null : rep.toDomain())
                .collect(Collectors.toList()); // a null entry stays, for validation to name
        ConfigChange change = new ConfigChange(identity.getPrincipal().getName(), comment,
                IfMatch.configVersions(ifMatch));
        return configuration.replaceReps(roster, change).map(RepResource::tagged);
    }

    private static RestResponse<List<RepDocument>> tagged(Versioned<List<Rep>> roster) {
        return RestResponse.ResponseBuilder.ok(roster.value().stream().map(RepDocument::of).toList())
                .tag(tagOf(roster.version())).build();
    }

    @Override
    protected String kind(UriInfo request) {
        return RoutingConfiguration.ROSTER_KIND;
    }

    @Override
    protected String what(UriInfo request) {
        return RoutingConfiguration.ROSTER;
    }

    @Override
    protected Set<String> readers() {
        return ROUTING_MANAGERS;
    }

    @Override
    protected Set<String> writers() {
        return ROUTING_MANAGERS;
    }

    @Override
    protected Uni<StoredDocument> restore(UriInfo request, StoredDocument earlier, ConfigChange change) {
        return configuration.restoreReps(earlier, change);
    }
}
