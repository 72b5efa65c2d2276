package dev.leadbridge.sla.api;

import dev.leadbridge.platform.problem.Problem;
import dev.leadbridge.platform.problem.ProblemException;
import dev.leadbridge.platform.security.Roles;
import dev.leadbridge.sla.application.CalendarDefinition;
import dev.leadbridge.sla.application.PolicySetDefinition;
import dev.leadbridge.sla.application.SlaDefinitions;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sla")
@Tag(name = "SLA definitions", description = "SLA policies and business-hours calendars, for admins")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class SlaDefinitionResource {

    private static final Pattern CALENDAR_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private final SlaDefinitions definitions;
    private final SecurityIdentity identity;

    SlaDefinitionResource(SlaDefinitions definitions, SecurityIdentity identity) {
        this.definitions = definitions;
        this.identity = identity;
    }

    @GET
    @Path("/policies")
    @Operation(summary = "The SLA policies: which leads each covers, time allowed, warning, calendar, escalations")
    public Uni<PolicySetDefinition> policies() {
        return definitions.policies();
    }

    @PUT
    @Path("/policies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the SLA policies as a whole; exactly one must match every lead. "
            + "New clocks use them; running clocks keep their due times")
    public Uni<PolicySetDefinition> replacePolicies(PolicySetDefinition policies) {
        if (policies == null) {
            throw ProblemException.validation(List.of(new Problem.FieldError("policies", "policies is required")));
        }
        return definitions.replacePolicies(policies, identity.getPrincipal().getName());
    }

    @GET
    @Path("/calendars/{id}")
    @Operation(summary = "A business calendar: weekly hours, time zone, holidays")
    public Uni<CalendarDefinition> calendar(@PathParam("id") String id) {
        return definitions.calendar(id).map(found -> found
                .orElseThrow(() -> ProblemException.notFound("No calendar " + id)));
    }

    @PUT
    @Path("/calendars/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a business calendar; a team's calendar has the team's id, "
            + "'default' applies to teams without one")
    public Uni<CalendarDefinition> replaceCalendar(@PathParam("id") String id, CalendarDefinition calendar) {
        if (!CALENDAR_ID.matcher(id).matches()) {
            throw ProblemException.validation(List.of(new Problem.FieldError("id",
                    "id must be 1 to 100 letters, digits, '.', '_' or '-'")));
        }
        if (calendar == null) {
            throw ProblemException.validation(List.of(new Problem.FieldError("calendar", "calendar is required")));
        }
        return Uni.createFrom().deferred(() -> definitions.replaceCalendar(id, calendar,
                        identity.getPrincipal().getName()));
    }
}
