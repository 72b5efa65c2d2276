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
import dev.leadbridge.sla.application.CalendarDefinition;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * One business calendar, versioned: a team's calendar has the team's id, {@code default} applies to teams without
 * one. Admins publish, managers read; the version in force is the {@code ETag}.
 */
@Path("/api/v1/sla/calendars/{id}")
@Tag(name = "SLA definitions", description = "SLA policies and business-hours calendars, with their history")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class SlaCalendarResource extends ConfigurationHistoryResource {

    private static final Pattern CALENDAR_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private final SlaDefinitions definitions;
    private final SecurityIdentity identity;

    SlaCalendarResource(SlaDefinitions definitions, ConfigurationHistory history, SecurityIdentity identity) {
        super(history, identity);
        this.definitions = definitions;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(summary = "A business calendar: weekly hours, time zone, holidays; its version is the ETag")
    @APIResponse(responseCode = "404", description = "No such calendar")
    public Uni<RestResponse<CalendarDefinition>> calendar(@PathParam("id") String id) {
        return definitions.calendar(id).map(found -> withVersionTag(found
                .orElseThrow(() -> ProblemException.notFound("No calendar " + id))));
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the next version of a business calendar, the first creating it", description =
            "A team's calendar has the team's id, 'default' applies to teams without one. The calendar in force "
                    + "sent again publishes nothing; with `If-Match` naming the version read, a version published "
                    + "meanwhile makes it a 412.")
    @APIResponse(responseCode = "200", description = "The calendar now in force")
    @APIResponse(responseCode = "400", description = "The calendar or its id does not validate")
    @APIResponse(responseCode = "412", description = "Another version was published since the one If-Match names")
    public Uni<RestResponse<CalendarDefinition>> replaceCalendar(
            @PathParam("id") String id,
            @Parameter(description = "the `ETag` of the calendar as read") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "why, kept in the history") @QueryParam("comment")
            @Size(max = ConfigChange.MAX_COMMENT) String comment,
            CalendarDefinition calendar) {
        requireValid(id);
        if (calendar == null) {
            throw ProblemException.validation(List.of(new Problem.FieldError("calendar", "calendar is required")));
        }
        ConfigChange change = new ConfigChange(identity.getPrincipal().getName(), comment,
                IfMatch.configVersions(ifMatch));
        return Uni.createFrom().deferred(() -> definitions.replaceCalendar(id, calendar, change))
                .map(SlaCalendarResource::withVersionTag);
    }

    private static String requireValid(String id) {
        if (!CALENDAR_ID.matcher(id).matches()) {
            throw ProblemException.validation(List.of(new Problem.FieldError("id",
                    "id must be 1 to 100 letters, digits, '.', '_' or '-'")));
        }
        return id;
    }

    private static String idOf(UriInfo request) {
        return requireValid(request.getPathParameters().getFirst("id"));
    }

    @Override
    protected String kind(UriInfo request) {
        return SlaDefinitions.calendarKind(idOf(request));
    }

    @Override
    protected String what(UriInfo request) {
        return SlaDefinitions.calendarName(idOf(request));
    }

    @Override
    protected Set<String> readers() {
        return SlaPolicyResource.READERS;
    }

    @Override
    protected Set<String> writers() {
        return SlaPolicyResource.WRITERS;
    }

    @Override
    protected Uni<StoredDocument> restore(UriInfo request, StoredDocument earlier, ConfigChange change) {
        return definitions.restoreCalendar(idOf(request), earlier, change);
    }
}
