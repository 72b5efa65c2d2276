package dev.leadbridge.attribution.api;

import dev.leadbridge.attribution.application.ReadModelRebuild;
import dev.leadbridge.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operations on the service itself, for admins. */
@Path("/api/v1/admin")
@Tag(name = "Admin", description = "Maintenance of the read model")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final ReadModelRebuild rebuild;

    AdminResource(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** The answer to a rebuild request: it has started, and the reports fill up again as the replay catches up. */
    public record RebuildStarted(String status, Instant requestedAt, String detail) {
    }

    @POST
    @Path("/read-model/rebuild")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rebuild the read model by replaying leads.captured, leads.touchpoints, leads.lifecycle and"
            + " sla.alerts from the beginning",
            description = "Empties the read model and the inbox records of this service's consumers in one"
                    + " transaction, then rewinds the consumers to the first offset of every partition. Answers 202"
                    + " once the replay has begun; reports show partial figures until it has caught up. Needs the"
                    + " topics' full history (retention.ms=-1, no compaction) and a single running instance.")
    @APIResponse(responseCode = "202", description = "The replay has begun")
    @APIResponse(responseCode = "409", description = "This instance does not consume every partition")
    public Uni<Response> rebuildReadModel() {
        return rebuild.start().map(requestedAt -> Response.accepted(new RebuildStarted("replaying", requestedAt,
                "The read model was cleared; it fills up again as the consumers replay every topic.")).build());
    }
}
