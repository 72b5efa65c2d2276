package dev.leadbridge.platform.config;

import dev.leadbridge.platform.problem.Problem;
import dev.leadbridge.platform.problem.ProblemException;
import dev.leadbridge.platform.security.Roles;
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

/**
 * The API of one managed domain list, for admins: read the version in force, read every version, publish the next. A
 * service extends it with its path and the list's kind. The roles sit on the methods: Quarkus checks a subclass's
 * class-level roles for inherited methods only in a blocking interceptor, which the event loop refuses.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class DomainListResource {

    private final DomainLists lists;
    private final SecurityIdentity identity;

    protected DomainListResource(DomainLists lists, SecurityIdentity identity) {
        this.lists = lists;
        this.identity = identity;
    }

    /** The list's {@link ConfigDocuments} kind. */
    protected abstract String kind();

    /** The list's name for people, in problems: "the blocked domains". */
    protected abstract String what();

    @GET
    @Operation(summary = "The list in force, with its version (0: empty, never published)")
    @RolesAllowed(Roles.ADMIN)
    public Uni<DomainListView> current() {
        return lists.inForce(kind()).map(DomainListView::of);
    }

    @GET
    @Path("/versions")
    @Operation(summary = "Every published version, newest first")
    @RolesAllowed(Roles.ADMIN)
    public Uni<List<DomainListView>> history() {
        return lists.versions(kind()).map(versions -> versions.stream().map(DomainListView::of).toList());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the next version of the list", description = "Replaces the list as a whole, as "
            + "the next version; earlier versions are kept, and the list in force sent again publishes nothing. "
            + "Each entry covers its subdomains (rival.com covers eu.rival.com). An entry that is no domain is a 400 "
            + "problem naming it, and nothing is published.")
    @APIResponse(responseCode = "200", description = "The list now in force")
    @APIResponse(responseCode = "400", description = "An entry is no domain")
    @RolesAllowed(Roles.ADMIN)
    public Uni<DomainListView> publish(DomainListView.Request request) {
        if (request == null) {
            throw ProblemException.validation(List.of(new Problem.FieldError("body", "a request body is required")));
        }
        return lists.publishVersion(kind(), what(), request.domains(), identity.getPrincipal().getName())
                .map(DomainListView::of);
    }
}
