package dev.leadbridge.intake.api;

import dev.leadbridge.intake.application.BlockedDomains;
import dev.leadbridge.platform.config.DomainListView;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The blocked sender domains, versioned managed data: a submission from one is kept as spam, not as a lead. */
@Path("/api/v1/blocked-domains")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "SecurityScheme")
@Tag(name = "Blocked domains", description = "Submissions from these sender domains are spam")
public class BlockedDomainResource {

    private final BlockedDomains blocked;
    private final SecurityIdentity identity;

    BlockedDomainResource(BlockedDomains blocked, SecurityIdentity identity) {
        this.blocked = blocked;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The blocked domains in force, with their version")
    public Uni<DomainListView> current() {
        return blocked.inForce().map(DomainListView::of);
    }

    @GET
    @Path("/versions")
    @Operation(summary = "Every published version, newest first")
    public Uni<List<DomainListView>> history() {
        return blocked.history().map(versions -> versions.stream().map(DomainListView::of).toList());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a new version of the blocked domains", description = "Replaces the list as a whole, "
            + "as the next version; earlier versions are kept, the same list sent again publishes nothing. Each entry "
            + "covers its subdomains. A submission whose e-mail domain is on it is kept as spam (counted in "
            + "leadbridge_intake_spam_total, reason blocked_domain): a form answers as if it captured it, the JSON "
            + "API answers status spam without a lead. An entry that is no domain is a 400 problem naming it.")
    @APIResponse(responseCode = "200", description = "The list now in force")
    @APIResponse(responseCode = "400", description = "An entry is no domain")
    public Uni<DomainListView> publish(DomainListView.Request request) {
        if (request == null) {
            throw ProblemException.validation(List.of(new Problem.FieldError("body", "a request body is required")));
        }
        return blocked.publish(request.domains(), identity.getPrincipal().getName()).map(DomainListView::of);
    }
}
