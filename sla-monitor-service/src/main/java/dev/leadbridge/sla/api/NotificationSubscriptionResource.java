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
import dev.leadbridge.sla.application.NotificationSubscriptions;
import dev.leadbridge.sla.application.SubscriptionSetDefinition;
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
 * Who is told about what, versioned: admins publish the subscriptions, managers and ops read them and their history.
 * The version in force is the {@code ETag}.
 */
@Path("/api/v1/notifications/subscriptions")
@Tag(name = "Notifications", description = "Who is told of new leads and SLA alerts, by e-mail or signed webhook, "
        + "and what was sent")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationSubscriptionResource extends ConfigurationHistoryResource {

    static final Set<String> READERS = Set.of(Roles.ADMIN, Roles.MANAGER, Roles.OPS);
    static final Set<String> WRITERS = Set.of(Roles.ADMIN);

    private final NotificationSubscriptions subscriptions;
    private final SecurityIdentity identity;

    NotificationSubscriptionResource(NotificationSubscriptions subscriptions, ConfigurationHistory history,
                                     SecurityIdentity identity) {
        super(history, identity);
        this.subscriptions = subscriptions;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OPS})
    @Operation(summary = "The subscriptions in force: for whose leads (rep:, team:, role:), on which triggers, to "
            + "which address or webhook; their version is the ETag")
    public Uni<RestResponse<SubscriptionSetDefinition>> subscriptions() {
        return subscriptions.subscriptions().map(NotificationSubscriptionResource::withVersionTag);
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the next version of the subscriptions", description = "Replaces them as a whole. "
            + "Events consumed from then on are told to the new set; what was decided before is sent as decided. "
            + "Webhooks need the service's signing secret. The set in force sent again publishes nothing; with "
            + "`If-Match` naming the version read, a version published meanwhile makes it a 412.")
    @APIResponse(responseCode = "200", description = "The subscriptions now in force")
    @APIResponse(responseCode = "400", description = "The subscriptions do not validate")
    @APIResponse(responseCode = "412", description = "Another version was published since the one If-Match names")
    public Uni<RestResponse<SubscriptionSetDefinition>> replace(
            @Parameter(description = "the `ETag` of the subscriptions as read") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "why, kept in the history") @QueryParam("comment")
            @Size(max = ConfigChange.MAX_COMMENT) String comment,
            SubscriptionSetDefinition definition) {
        if (definition == null) {
            throw ProblemException.validation(List.of(new Problem.FieldError("subscriptions",
                    "subscriptions is required")));
        }
        ConfigChange change = new ConfigChange(identity.getPrincipal().getName(), comment,
                IfMatch.configVersions(ifMatch));
        return subscriptions.replace(definition, change).map(NotificationSubscriptionResource::withVersionTag);
    }

    @Override
    protected String kind(UriInfo request) {
        return NotificationSubscriptions.KIND;
    }

    @Override
    protected String what(UriInfo request) {
        return NotificationSubscriptions.WHAT;
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
        return subscriptions.restore(earlier, change);
    }
}
