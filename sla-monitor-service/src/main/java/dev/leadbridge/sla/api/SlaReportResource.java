package dev.leadbridge.sla.api;

import dev.leadbridge.platform.problem.Problem;
import dev.leadbridge.platform.problem.ProblemException;
import dev.leadbridge.platform.security.ManagedTeams;
import dev.leadbridge.platform.security.Roles;
import dev.leadbridge.sla.application.PolicySetDefinition;
import dev.leadbridge.sla.application.SlaReports;
import dev.leadbridge.sla.application.SlaWhatIf;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sla")
@Tag(name = "SLA reports", description = "Running clocks, breaches and compliance, for ops, managers and marketing")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class SlaReportResource {

    private static final int MAX_LIMIT = 5_000;

    private final SlaReports reports;
    private final SlaWhatIf whatIf;
    private final SecurityIdentity identity;

    SlaReportResource(SlaReports reports, SlaWhatIf whatIf, SecurityIdentity identity) {
        this.reports = reports;
        this.whatIf = whatIf;
        this.identity = identity;
    }

    @GET
    @Path("/timers")
    @RolesAllowed({Roles.OPS, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Running acceptance clocks with their warning, due and next alert times, soonest due first; "
            + "whether each is paused, and the lead's system latency (captured to first assigned) once known")
    public Uni<List<SlaReports.OpenClock>> timers(
            @Parameter(description = "only 'open' is supported") @QueryParam("state") @DefaultValue("open") String state,
            @Parameter(description = "at most this many, 1 to 5000") @QueryParam("limit") @DefaultValue("500") int limit) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!"open".equals(state)) {
            errors.add(new Problem.FieldError("state", "state must be 'open'"));
        }
        checkLimit(limit, errors);
        failIfAny(errors);
        // a manager sees the clocks of the teams they lead; ops, admins and a manager leading every team see all
        Set<String> teams = ManagedTeams.of(identity);
        boolean everyTeam = identity.hasRole(Roles.OPS) || identity.hasRole(Roles.ADMIN) || teams.isEmpty();
        return reports.openClocks(limit, everyTeam ? null : teams);
    }

    @GET
    @Path("/breaches")
    @RolesAllowed({Roles.OPS, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Breaches fired in [from, to), with due time and lateness")
    public Uni<List<SlaReports.Breach>> breaches(
            @Parameter(description = "ISO-8601 instant, inclusive") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant, exclusive") @QueryParam("to") String to,
            @Parameter(description = "at most this many, 1 to 5000") @QueryParam("limit") @DefaultValue("1000") int limit) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Range range = range(from, to, errors);
        checkLimit(limit, errors);
        failIfAny(errors);
        return reports.breaches(range.from(), range.to(), limit);
    }

    @GET
    @Path("/compliance")
    @RolesAllowed({Roles.OPS, Roles.MANAGER, Roles.ADMIN, Roles.MARKETING})
    @Operation(summary = "For clocks stopped in [from, to): % decided within the SLA, median and p90 time from "
            + "assignment to decision in business and wall time (human response); for leads first assigned in "
            + "[from, to): median and p90 time from capture to assignment (system latency); per rep, team, channel or "
            + "policy (each policy with the version of the policy set that started the clock, `inbound@3`: the "
            + "SLA before and after a change)")
    public Uni<SlaReports.Compliance> compliance(
            @Parameter(description = "ISO-8601 instant, inclusive") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant, exclusive") @QueryParam("to") String to,
            @Parameter(description = "rep, team, channel or policy") @QueryParam("groupBy") @DefaultValue("channel")
            String groupBy) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Range range = range(from, to, errors);
        SlaReports.GroupBy grouping = null;
        try {
            grouping = SlaReports.GroupBy.valueOf(groupBy.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError("groupBy", "groupBy must be rep, team, channel or policy"));
        }
        failIfAny(errors);
        return reports.compliance(range.from(), range.to(), grouping);
    }

    @Schema(description = "A draft SLA policy set and the past period whose clocks to replay under it: clocks started "
            + "from `from` (inclusive) to `to` (exclusive)")
    public record WhatIfRequest(@NotNull PolicySetDefinition policies,
                                @NotNull @Schema(example = "2026-11-01T00:00:00Z") Instant from,
                                @NotNull @Schema(example = "2026-12-01T00:00:00Z") Instant to) {
    }

    @POST
    @Path("/what-if")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replay a past period's clocks under a draft SLA policy set", description = "Each clock "
            + "started in the period gets the policy the draft would have chosen for its lead, on the calendar that "
            + "policy runs on (business hours and holidays of the calendars in force), with its real start and real "
            + "pauses, and is judged by when the owner really accepted or rejected; a running clock is breached once "
            + "past due. Returns met and breached then and under the draft, overall and per policy, the clocks that "
            + "flip (counts and the first 100). Superseded and withdrawn clocks are left out. Nothing is stored or "
            + "published.")
    @APIResponse(responseCode = "200", description = "The comparison")
    @APIResponse(responseCode = "400", description = "The draft does not validate, or the period is empty")
    public Uni<SlaWhatIf.Result> whatIf(@Valid @NotNull WhatIfRequest request) {
        if (!request.to().isAfter(request.from())) {
            throw ProblemException.validation(List.of(new Problem.FieldError("to", "to must be after from")));
        }
        return whatIf.run(request.policies(), request.from(), request.to());
    }

    private record Range(Instant from, Instant to) {
    }

    private static Range range(String from, String to, List<Problem.FieldError> errors) {
        Instant start = instant("from", from, errors);
        Instant end = instant("to", to, errors);
        if (start != null && end != null && !start.isBefore(end)) {
            errors.add(new Problem.FieldError("to", "to must be after from"));
        }
        return new Range(start, end);
    }

    private static Instant instant(String name, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError(name, name + " is required, an ISO-8601 instant"));
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(name, name + " must be an ISO-8601 instant such as 2026-11-24T00:00:00Z"));
            return null;
        }
    }

    private static void checkLimit(int limit, List<Problem.FieldError> errors) {
        if (limit < 1 || limit > MAX_LIMIT) {
            errors.add(new Problem.FieldError("limit", "limit must be between 1 and " + MAX_LIMIT));
        }
    }

    private static void failIfAny(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
    }
}
