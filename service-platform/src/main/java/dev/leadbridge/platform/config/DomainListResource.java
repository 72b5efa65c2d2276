package dev.leadbridge.platform.config;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The API of one managed domain list, for admins: read the version in force, publish the next, and its history. A
 * service extends it with its path and the list's kind. The roles sit on the methods: Quarkus checks a subclass's
 * class-level roles for inherited methods only in a blocking interceptor, which the event loop refuses.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class DomainListResource extends ConfigurationHistoryResource {

    private final DomainLists lists;
    private final SecurityIdentity identity;

    protected DomainListResource(DomainLists lists, ConfigurationHistory history, SecurityIdentity identity) {
        super(history, identity);
        this.lists = lists;
        this.identity = identity;
    }

    /** The list's {@link ConfigDocuments} kind. */
    protected abstract String kind();

    /** The list's name for people, in problems: "the blocked domains". */
    protected abstract String what();

    @Override
    protected final String kind(UriInfo request) {
        return kind();
    }

    @Override
    protected final String what(UriInfo request) {
        return what();
    }

    @Override
    protected Set<String> readers() {
        return Set.of(Roles.ADMIN);
    }

    @Override
    protected Set<String> writers() {
        return Set.of(Roles.ADMIN);
    }

    @Override
    protected Uni<StoredDocument> restore(UriInfo request, StoredDocument earlier, ConfigChange change) {
        return lists.restore(kind(), what(), earlier, change);
    }

    @GET
    @Operation(summary = "The list in force, with its version (0: empty, never published) as its ETag")
    @RolesAllowed(Roles.ADMIN)
    public Uni<RestResponse<DomainListView>> current() {
        return lists.inForce(kind()).map(DomainListView::of).map(DomainListResource::tagged);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the next version of the list", description = "Replaces the list as a whole, as "
            + "the next version; earlier versions are kept, and the list in force sent again publishes nothing. "
            + "Each entry covers its subdomains (rival.com covers eu.rival.com). An entry that is no domain is a 400 "
            + "problem naming it, and nothing is published.")
    @APIResponse(responseCode = "200", description = "The list now in force")
    @APIResponse(responseCode = "400", description = "An entry is no domain")
    @APIResponse(responseCode = "412", description = "Another version was published since the one If-Match names")
    @RolesAllowed(Roles.ADMIN)
    public Uni<RestResponse<DomainListView>> publish(
            @Parameter(description = "the `ETag` of the list as read") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "why, kept in the history") @QueryParam("comment")
            @Size(max = ConfigChange.MAX_COMMENT) String comment,
            DomainListView.Request request) {
        if (request == null) {
            throw ProblemException.validation(List.of(new Problem.FieldError("body", "a request body is required")));
        }
        ConfigChange change = new ConfigChange(identity.getPrincipal().getName(), comment,
                IfMatch.configVersions(ifMatch));
        return lists.publishVersion(kind(), what(), request.domains(), change)
                .map(DomainListView::of).map(DomainListResource::tagged);
    }

    private static RestResponse<DomainListView> tagged(DomainListView view) {
        return RestResponse.ResponseBuilder.ok(view).tag(tagOf(view.version())).build();
    }
}
