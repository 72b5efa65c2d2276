package dev.leadbridge.sla.api;

import dev.leadbridge.platform.problem.Problem;
import dev.leadbridge.platform.problem.ProblemException;
import dev.leadbridge.platform.security.ManagedTeams;
import dev.leadbridge.platform.security.Roles;
import dev.leadbridge.sla.application.ClockPauses;
import dev.leadbridge.sla.application.LeadClocks;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One lead's clocks, and the manager's pause and resume of its acceptance clock. */
@Path("/api/v1/sla")
@Tag(name = "SLA clocks", description = "A lead's system latency and acceptance clock; pause and resume")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class SlaClockResource {

    private final LeadClocks leadClocks;
    private final ClockPauses pauses;
    private final SecurityIdentity identity;

    SlaClockResource(LeadClocks leadClocks, ClockPauses pauses, SecurityIdentity identity) {
        this.leadClocks = leadClocks;
        this.pauses = pauses;
        this.identity = identity;
    }

    @GET
    @Path("/timers/{leadId}")
    @RolesAllowed({Roles.OPS, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "The lead's two clocks: system latency (captured to first assigned, wall time) and human "
            + "response (assigned to accepted or rejected, business and wall time, pauses left out)")
    @APIResponse(responseCode = "200", description = "The lead's clocks")
    @APIResponse(responseCode = "404", description = "No clock was ever started for the lead, nor its capture seen")
    @APIResponse(responseCode = "403", description = "A manager asking for a lead of a team they do not lead")
    public Uni<LeadClocks.LeadClockView> clocks(@PathParam("leadId") String leadId) {
        return readable(leadIdOf(leadId));
    }

    @POST
    @Path("/timers/{leadId}/pause")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Pause the lead's running acceptance clock, with a reason. Paused time never counts; no "
            + "warning, breach or escalation fires until it is resumed")
    @APIResponse(responseCode = "200", description = "Paused; the lead's clocks")
    @APIResponse(responseCode = "400", description = "No reason, or one longer than 500 characters")
    @APIResponse(responseCode = "404", description = "No clock was ever started for the lead")
    @APIResponse(responseCode = "409", description = "The clock is paused already "
            + "(urn:leadbridge:problem:clock-already-paused) or no longer running "
            + "(urn:leadbridge:problem:clock-not-running)")
    public Uni<LeadClocks.LeadClockView> pause(@PathParam("leadId") String leadId, PauseRequest request) {
        UUID lead = leadIdOf(leadId);
        String reason = reasonOf(request);
        return readable(lead).chain(() -> pauses.pause(lead, reason, identity.getPrincipal().getName()));
    }

    @POST
    @Path("/timers/{leadId}/resume")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Resume the lead's paused acceptance clock; its warning, due and escalation times move by "
            + "the business time the pause covered")
    @APIResponse(responseCode = "200", description = "Resumed; the lead's clocks with the new due times")
    @APIResponse(responseCode = "404", description = "No clock was ever started for the lead")
    @APIResponse(responseCode = "409", description = "The clock is not paused "
            + "(urn:leadbridge:problem:clock-not-paused) or no longer running "
            + "(urn:leadbridge:problem:clock-not-running)")
    public Uni<LeadClocks.LeadClockView> resume(@PathParam("leadId") String leadId) {
        UUID lead = leadIdOf(leadId);
        return readable(lead).chain(() -> pauses.resume(lead, identity.getPrincipal().getName()));
    }

    /**
     * The lead's clocks, when the caller may see them: ops and admins every lead's, a manager those of the teams they
     * lead (all when their token names none). A lead never routed to a team is visible to the unrestricted only.
     */
    private Uni<LeadClocks.LeadClockView> readable(UUID leadId) {
        return leadClocks.of(leadId).invoke(view -> {
            String teamId = view.humanResponse() == null ? null : view.humanResponse().teamId();
            if (!ManagedTeams.maySee(identity, teamId)) {
                throw ProblemException.forbidden("a manager reads and pauses the clocks of their teams' leads");
            }
        });
    }

    private static UUID leadIdOf(String leadId) {
        try {
            return UUID.fromString(leadId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.validation(List.of(new Problem.FieldError("leadId", "leadId must be a UUID")));
        }
    }

    private static String reasonOf(PauseRequest request) {
        String reason = request == null || request.reason() == null ? "" : request.reason().strip();
        if (reason.isEmpty()) {
            throw ProblemException.validation(List.of(new Problem.FieldError("reason", "reason is required")));
        }
        if (reason.length() > PauseRequest.MAX_REASON) {
            throw ProblemException.validation(List.of(new Problem.FieldError("reason",
                    "reason must be at most " + PauseRequest.MAX_REASON + " characters")));
        }
        return reason;
    }
}
