package dev.leadbridge.qualification.api;

import dev.leadbridge.platform.config.ConfigChange;
import dev.leadbridge.platform.config.ConfigurationHistory;
import dev.leadbridge.platform.config.ConfigurationHistoryResource;
import dev.leadbridge.platform.config.IfMatch;
import dev.leadbridge.platform.config.StoredDocument;
import dev.leadbridge.platform.config.Versioned;
import dev.leadbridge.platform.problem.Problem;
import dev.leadbridge.platform.problem.ProblemException;
import dev.leadbridge.platform.security.Roles;
import dev.leadbridge.qualification.application.RepDocument;
import dev.leadbridge.qualification.application.RoutingConfiguration;
import dev.leadbridge.qualification.application.RoutingTableDocument;
import dev.leadbridge.qualification.application.RoutingWhatIf;
import dev.leadbridge.qualification.domain.routing.Rep;
import dev.leadbridge.qualification.domain.routing.RoutingTable;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The routing table (which team gets which leads), versioned: the version in force is the {@code ETag}. */
@Path("/api/v1/routing-rules")
@Tag(name = "Routing", description = "Reps (teams, capacity, working hours, time off) and the routing rules")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class RoutingRulesResource extends ConfigurationHistoryResource {

    static final String TABLE_EXAMPLE = """
            {"rules": [{"id": "emea-enterprise", "priority": 10, "teamId": "emea-enterprise",
                        "countries": ["GB", "DE"], "segments": ["ENTERPRISE"], "channels": []}],
             "defaultTeamId": "inbound", "segments": {"midMarketFrom": 200, "enterpriseFrom": 1000}}""";

    private final RoutingConfiguration configuration;
    private final RoutingWhatIf whatIf;
    private final SecurityIdentity identity;

    RoutingRulesResource(RoutingConfiguration configuration, RoutingWhatIf whatIf, ConfigurationHistory history,
                         SecurityIdentity identity) {
        super(history, identity);
        this.configuration = configuration;
        this.whatIf = whatIf;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(summary = "The routing rules: which team gets which leads; the table's version is the ETag")
    public Uni<RestResponse<RoutingTableDocument>> table() {
        return configuration.table().map(RoutingRulesResource::tagged);
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the next version of the routing rules", description = "Rules are tried by "
            + "priority, lowest first; a lead no rule matches goes to the default team. A bad table is a 400 problem "
            + "and the table in force stays. The table in force sent again publishes nothing; with `If-Match` "
            + "naming the version read, a version published meanwhile makes it a 412.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "table", value = TABLE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The routing table now in force")
    @APIResponse(responseCode = "400", description = "The table does not validate")
    @APIResponse(responseCode = "412", description = "Another version was published since the one If-Match names")
    public Uni<RestResponse<RoutingTableDocument>> replaceTable(
            @Parameter(description = "the `ETag` of the table as read") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "why, kept in the history") @QueryParam("comment")
            @Size(max = ConfigChange.MAX_COMMENT) String comment,
            RoutingTableDocument table) {
        if (table == null) {
            throw Problems.missingBody();
        }
        ConfigChange change = new ConfigChange(identity.getPrincipal().getName(), comment,
                IfMatch.configVersions(ifMatch));
        return configuration.replaceTable(table.toDomain(), change).map(RoutingRulesResource::tagged);
    }

    @Schema(description = "A draft routing table, a draft roster or both, and the past period to replay under them: "
            + "decisions from `from` (inclusive) to `to` (exclusive)")
    public record WhatIfRequest(RoutingTableDocument table, List<RepDocument> reps,
                                @NotNull @Schema(example = "2026-11-01T00:00:00Z") Instant from,
                                @NotNull @Schema(example = "2026-12-01T00:00:00Z") Instant to) {
    }

    @POST
    @Path("/what-if")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replay a past period's routing under a draft table or roster", description = "Every "
            + "routing decision of the period is taken again at its real instant, in its real order, by the same "
            + "router, with capacity filling and freeing as it really did; what is not drafted is the table or roster "
            + "version that really decided. Returns per rep and team the leads then and under the draft, the leads "
            + "that would change owner, the leads that would have queued and each team's fairness spread (most minus "
            + "fewest leads per unit of weight among its active reps). Deterministic; nothing is stored or "
            + "published.")
    @APIResponse(responseCode = "200", description = "The comparison")
    @APIResponse(responseCode = "400", description = "A draft does not validate, neither is given, or the period "
            + "is empty")
    public Uni<RoutingWhatIf.Result> whatIf(@Valid @NotNull WhatIfRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.table() == null && request.reps() == null) {
            errors.add(new Problem.FieldError("table", "give a draft table, a draft roster (reps) or both"));
        }
        if (!request.to().isAfter(request.from())) {
            errors.add(new Problem.FieldError("to", "to must be after from"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        List<Rep> reps = request.reps() == null ? null : request.reps().stream()
                .map(rep -> rep == null ? null : rep.toDomain())
                .collect(Collectors.toList()); // a null entry stays, for validation to name
        RoutingTable table = request.table() == null ? null : request.table().toDomain();
        return whatIf.run(new RoutingWhatIf.Draft(table, reps), request.from(), request.to());
    }

    private static RestResponse<RoutingTableDocument> tagged(Versioned<RoutingTable> table) {
        return RestResponse.ResponseBuilder.ok(RoutingTableDocument.of(table.value()))
                .tag(tagOf(table.version())).build();
    }

    @Override
    protected String kind(UriInfo request) {
        return RoutingConfiguration.TABLE_KIND;
    }

    @Override
    protected String what(UriInfo request) {
        return RoutingConfiguration.TABLE;
    }

    @Override
    protected Set<String> readers() {
        return RepResource.ROUTING_MANAGERS;
    }

    @Override
    protected Set<String> writers() {
        return RepResource.ROUTING_MANAGERS;
    }

    @Override
    protected Uni<StoredDocument> restore(UriInfo request, StoredDocument earlier, ConfigChange change) {
        return configuration.restoreTable(earlier, change);
    }
}
