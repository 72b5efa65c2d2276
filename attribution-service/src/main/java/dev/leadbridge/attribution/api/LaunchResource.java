package dev.leadbridge.attribution.api;

import dev.leadbridge.attribution.application.SharedLaunches;
import dev.leadbridge.attribution.domain.launch.Launch;
import dev.leadbridge.attribution.domain.launch.LaunchSet;
import dev.leadbridge.platform.config.ConfigChange;
import dev.leadbridge.platform.config.ConfigurationHistory;
import dev.leadbridge.platform.config.ConfigurationHistoryResource;
import dev.leadbridge.platform.config.IfMatch;
import dev.leadbridge.platform.config.StoredDocument;
import dev.leadbridge.platform.config.Versioned;
import dev.leadbridge.platform.problem.Problem;
import dev.leadbridge.platform.problem.ProblemException;
import dev.leadbridge.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Product launches: marketing and managers name each launch's campaigns and day (versioned, never overwritten; the
 * version in force is the {@code ETag}), and read each launch's report from campaign to sales beside the launch
 * before it.
 */
@Path("/api/v1/launches")
@Tag(name = "Launches", description = "Product launches tracked from campaign to sales")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class LaunchResource extends ConfigurationHistoryResource {

    static final Set<String> READERS = Set.of(Roles.MANAGER, Roles.MARKETING, Roles.ADMIN);
    static final Set<String> WRITERS = Set.of(Roles.MANAGER, Roles.MARKETING);

    private final SharedLaunches launches;
    private final SecurityIdentity identity;

    LaunchResource(SharedLaunches launches, ConfigurationHistory history, SecurityIdentity identity) {
        super(history, identity);
        this.launches = launches;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.MARKETING, Roles.ADMIN})
    @Operation(summary = "The launches in force; their version is the ETag (0 before the first are published)")
    public Uni<RestResponse<LaunchSet>> launches() {
        return launches.inForce().map(LaunchResource::withVersionTag);
    }

    @PUT
    @RolesAllowed({Roles.MANAGER, Roles.MARKETING})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the next version of the launches", description = "Replaces the launches as a "
            + "whole: each has an id, a name, the day it launched (`launchedOn`, UTC) and its campaigns (the "
            + "campaign tags its leads carry). The launches in force sent again publish nothing; with `If-Match` "
            + "naming the version read, a version published meanwhile makes it a 412.")
    @APIResponse(responseCode = "200", description = "The launches now in force")
    @APIResponse(responseCode = "400", description = "The launches do not validate; nothing is published")
    @APIResponse(responseCode = "412", description = "Another version was published since the one If-Match names")
    public Uni<RestResponse<LaunchSet>> replace(
            @Parameter(description = "the `ETag` of the launches as read") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "why, kept in the history") @QueryParam("comment")
            @Size(max = ConfigChange.MAX_COMMENT) String comment,
            LaunchesBody body) {
        if (body == null || body.launches() == null) {
            throw ProblemException.validation(List.of(new Problem.FieldError("launches", "launches is required")));
        }
        ConfigChange change = new ConfigChange(identity.getPrincipal().getName(), comment,
                IfMatch.configVersions(ifMatch));
        return launches.publish(new LaunchSet(body.launches()), change).map(LaunchResource::withVersionTag);
    }

    @GET
    @Path("/{launchId}/report")
    @RolesAllowed({Roles.MANAGER, Roles.MARKETING, Roles.ADMIN})
    @Operation(summary = "A launch from campaign to sales, beside the launch before it", description = "The leads "
            + "captured from the launch's campaigns since its day: leads, MQLs, SALs, acceptance rate, rejection "
            + "reasons, time from the launch to the first SAL, pipeline (expected amounts of its opportunities) and "
            + "revenue won per currency; the same figures of the previous launch (by day) beside them.")
    @APIResponse(responseCode = "404", description = "No launch has this id")
    public Uni<LaunchReportView> report(
            @PathParam("launchId") String launchId,
            @Parameter(description = "ISO-8601 instant to measure at; now when absent") @QueryParam("asOf")
            String asOf) {
        ReportParameters parameters = new ReportParameters();
        Instant at = parameters.instant("asOf", asOf).orElse(null);
        parameters.check();
        return launches.report(launchId, at).map(found -> LaunchReportView.of(found.orElseThrow(() ->
                ProblemException.notFound("No launch has the id " + launchId))));
    }

    /** The request body as sent: unlike {@link LaunchSet}, it tells a missing list from an empty one. */
    public record LaunchesBody(List<Launch> launches) {
    }

    @Override
    protected String kind(UriInfo request) {
        return SharedLaunches.KIND;
    }

    @Override
    protected String what(UriInfo request) {
        return SharedLaunches.WHAT;
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
        return launches.restore(earlier, change);
    }
}
