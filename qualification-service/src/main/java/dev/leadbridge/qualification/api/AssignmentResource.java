package dev.leadbridge.qualification.api;

import dev.leadbridge.platform.problem.Problem;
import dev.leadbridge.platform.problem.ProblemException;
import dev.leadbridge.platform.security.Roles;
import dev.leadbridge.qualification.application.AssignmentLog;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The assignment audit log, for the managers who own routing. */
@Path("/api/v1/assignments")
@Tag(name = "Routing", description = "Reps (teams, capacity, working hours, time off) and the routing rules")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class AssignmentResource {

    private static final Instant BEGINNING = Instant.EPOCH;
    private static final Instant END = Instant.parse("9999-12-31T00:00:00Z");

    private final AssignmentLog log;

    AssignmentResource(AssignmentLog log) {
        this.log = log;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(summary = "Every routing decision and reassignment of a lead, or of a rep's leads", description = "One "
            + "entry per `lead.assigned` / `lead.reassigned` event, never overwritten, newest first: owner (or the "
            + "team queue), previous owner, team, rule, reason, explanation, who acted (a manager) and the routing "
            + "table and roster versions routing decided under. Give `leadId` or `repId` (decisions that gave the rep "
            + "a lead or took one from them), optionally a window `[from, to)`.")
    @APIResponse(responseCode = "200", description = "The decisions, newest first, at most `limit`")
    @APIResponse(responseCode = "400", description = "Neither or both of leadId and repId, or a window that ends "
            + "before it starts")
    public Uni<List<AssignmentLog.Decision>> decisions(
            @Parameter(description = "the lead") @QueryParam("leadId") UUID leadId,
            @Parameter(description = "the rep") @QueryParam("repId") @Size(min = 1, max = 100) String repId,
            @Parameter(description = "from this instant on (inclusive)") @QueryParam("from") Instant from,
            @Parameter(description = "before this instant") @QueryParam("to") Instant to,
            @Parameter(description = "at most this many, 1 to 1000") @QueryParam("limit") @DefaultValue("100")
            @Min(1) @Max(1000) int limit) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if ((leadId == null) == (repId == null)) {
            errors.add(new Problem.FieldError("leadId", "give leadId or repId, one of them"));
        }
        Instant start = from == null ? BEGINNING : from;
        Instant end = to == null ? END : to;
        if (!end.isAfter(start)) {
            errors.add(new Problem.FieldError("to", "to must be after from"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return log.decisions(leadId, repId, start, end, limit);
    }
}
