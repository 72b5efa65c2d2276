package dev.leadbridge.sla.api;

import dev.leadbridge.platform.config.ConfigChange;
import dev.leadbridge.platform.config.ConfigurationHistory;
import dev.leadbridge.platform.config.ConfigurationHistoryResource;
import dev.leadbridge.platform.config.IfMatch;
import dev.leadbridge.platform.config.StoredDocument;
import dev.leadbridge.platform.config.Versioned;
import dev.leadbridge.platform.problem.Problem;
import dev.leadbridge.platform.problem.ProblemException;
import dev.leadbridge.platform.security.Roles;
import dev.leadbridge.sla.application.PolicySetDefinition;
import dev.leadbridge.sla.application.SlaDefinitions;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The SLA policy set, versioned: admins publish it, managers read it and its history to review the SLA they run
 * their teams by. The version in force is the {@code ETag}.
 */
@Path("/api/v1/sla/policies")
@Tag(name = "SLA definitions", description = "SLA policies and business-hours calendars, with their history")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class SlaPolicyResource extends ConfigurationHistoryResource {

    static final Set<String> READERS = Set.of(Roles.ADMIN, Roles.MANAGER);
    static final Set<String> WRITERS = Set.of(Roles.ADMIN);

    private final SlaDefinitions definitions;
    private final SecurityIdentity identity;

    SlaPolicyResource(SlaDefinitions definitions, ConfigurationHistory history, SecurityIdentity identity) {
        super(history, identity);
        this.definitions = definitions;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(summary = "The SLA policies in force: which leads each covers, time allowed, warning, calendar, "
            + "escalations; their version is the ETag")
    public Uni<RestResponse<PolicySetDefinition>> policies() {
        return definitions.policies().map(SlaPolicyResource::withVersionTag);
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the next version of the SLA policies", description = "Replaces the set as a "
            + "whole; exactly one policy must match every lead. New clocks use it; running clocks keep their due "
            + "times. The set in force sent again publishes nothing; with `If-Match` naming the version read, a "
            + "version published meanwhile makes it a 412.")
    @APIResponse(responseCode = "200", description = "The policies now in force")
    @APIResponse(responseCode = "400", description = "The policies do not validate")
    @APIResponse(responseCode = "412", description = "Another version was published since the one If-Match names")
    public Uni<RestResponse<PolicySetDefinition>> replacePolicies(
            @Parameter(description = "the `ETag` of the policies as read") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "why, kept in the history") @QueryParam("comment")
            @Size(max = ConfigChange.MAX_COMMENT) String comment,
            PolicySetDefinition policies) {
        if (policies == null) {
            throw ProblemException.validation(List.of(new Problem.FieldError("policies", "policies is required")));
        }
        ConfigChange change = new ConfigChange(identity.getPrincipal().getName(), comment,
                IfMatch.configVersions(ifMatch));
        return definitions.replacePolicies(policies, change).map(SlaPolicyResource::withVersionTag);
    }

    @Override
    protected String kind(UriInfo request) {
        return SlaDefinitions.POLICIES_KIND;
    }

    @Override
    protected String what(UriInfo request) {
        return SlaDefinitions.POLICIES;
    }

    @Override
    protected Set<String> readers() {
        return READERS;
    }

    @Override
    protected Set<String> writers() {
        return WRITERS;
    }

    @Override
    protected Uni<StoredDocument> restore(UriInfo request, StoredDocument earlier, ConfigChange change) {
        return definitions.restorePolicies(earlier, change);
    }
}
