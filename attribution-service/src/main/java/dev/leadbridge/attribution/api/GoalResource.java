package dev.leadbridge.attribution.api;

import dev.leadbridge.attribution.application.GoalsDocument;
import dev.leadbridge.attribution.application.SharedGoals;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The shared SMART goals: managers and marketing publish them together (versioned, never overwritten; the version
 * in force is the {@code ETag}), everyone who steers by them reads their progress and the weekly check-in.
 */
@Path("/api/v1/goals")
@Tag(name = "Goals", description = "Shared goals of marketing and sales, their progress and the weekly check-in")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class GoalResource extends ConfigurationHistoryResource {

    static final Set<String> READERS = Set.of(Roles.MANAGER, Roles.MARKETING, Roles.ADMIN);
    static final Set<String> WRITERS = Set.of(Roles.MANAGER, Roles.MARKETING);

    private final SharedGoals goals;
    private final SecurityIdentity identity;
    private final Clock clock;

    GoalResource(SharedGoals goals, ConfigurationHistory history, SecurityIdentity identity, Clock clock) {
        super(history, identity);
        this.goals = goals;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.MARKETING, Roles.ADMIN})
    @Operation(summary = "The goals in force; their version is the ETag (0 before the first are published)")
    public Uni<RestResponse<GoalsDocument>> goals() {
        return goals.inForce().map(GoalResource::withVersionTag);
    }

    @PUT
    @RolesAllowed({Roles.MANAGER, Roles.MARKETING})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the next version of the goals", description = "Replaces the goals as a whole. Each "
            + "has an id, a name, a metric (mqls, sals, mql_acceptance_rate, sla_compliance, median_speed_to_lead, "
            + "pipeline_created, revenue_won, win_rate), a target (a count, an amount in `currency`, a share from 0 "
            + "to 1, or seconds), a period (`cadence` week, month or quarter, and its first day `start`, UTC), an "
            + "optional scope (`dimension` channel, campaign, country, territory or team, and a `value`) and its "
            + "owners (marketing, sales or both). The goals in force sent again publish nothing; with `If-Match` "
            + "naming the version read, a version published meanwhile makes it a 412.")
    @APIResponse(responseCode = "200", description = "The goals now in force")
    @APIResponse(responseCode = "400", description = "The goals do not validate; nothing is published")
    @APIResponse(responseCode = "412", description = "Another version was published since the one If-Match names")
    public Uni<RestResponse<GoalsDocument>> replace(
            @Parameter(description = "the `ETag` of the goals as read") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "why, kept in the history") @QueryParam("comment")
            @Size(max = ConfigChange.MAX_COMMENT) String comment,
            GoalsDocument document) {
        if (document == null || document.goals() == null) {
            throw ProblemException.validation(List.of(new Problem.FieldError("goals", "goals is required")));
        }
        ConfigChange change = new ConfigChange(identity.getPrincipal().getName(), comment,
                IfMatch.configVersions(ifMatch));
        return goals.publish(document, change).map(GoalResource::withVersionTag);
    }

    @GET
    @Path("/progress")
    @RolesAllowed({Roles.MANAGER, Roles.MARKETING, Roles.ADMIN})
    @Operation(summary = "Every goal with its progress", description = "Actual, target, percent of target, the share"
            + " due by now for counts and amounts, on_track / at_risk / off_track (or no_data), and each week's "
            + "figure, measured on the same read model as every report.")
    public Uni<GoalViews.ProgressView> progress(
            @Parameter(description = "ISO-8601 instant to measure at; now when absent") @QueryParam("asOf")
            String asOf) {
        ReportParameters parameters = new ReportParameters();
        Instant at = parameters.instant("asOf", asOf).orElse(null);
        parameters.check();
        return goals.progress(at).map(GoalViews.ProgressView::of);
    }

    @GET
    @Path("/check-in")
    @RolesAllowed({Roles.MANAGER, Roles.MARKETING, Roles.ADMIN})
    @Operation(summary = "The weekly check-in", description = "Every goal whose period overlaps the week: where it "
            + "stands at the end of the week (so far, in the current week), where it stood when the week began and "
            + "what the week changed.")
    public Uni<GoalViews.CheckInView> checkIn(
            @Parameter(description = "the week's Monday (ISO date); the current week when absent",
                    example = "2026-11-30") @QueryParam("week") String week) {
        return goals.checkIn(monday(week)).map(GoalViews.CheckInView::of);
    }

    private LocalDate monday(String week) {
        if (week == null || week.isBlank()) {
            return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        try {
            LocalDate date = LocalDate.parse(week);
            if (date.getDayOfWeek() != DayOfWeek.MONDAY) {
                throw invalid("week", "must be a Monday, was a " + date.getDayOfWeek().toString().toLowerCase());
            }
            return date;
        } catch (DateTimeParseException e) {
            throw invalid("week", "must be an ISO date like 2026-11-30");
        }
    }

    private static ProblemException invalid(String field, String message) {
        return ProblemException.validation(List.of(new Problem.FieldError(field, message)));
    }

    @Override
    protected String kind(UriInfo request) {
        return SharedGoals.KIND;
    }

    @Override
    protected String what(UriInfo request) {
        return SharedGoals.WHAT;
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
        return goals.restore(earlier, change);
    }
}
