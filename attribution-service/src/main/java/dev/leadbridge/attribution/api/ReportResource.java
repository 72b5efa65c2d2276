package dev.leadbridge.attribution.api;

import dev.leadbridge.attribution.application.AttributionGrouping;
import dev.leadbridge.attribution.application.ReportQueries;
import dev.leadbridge.attribution.application.SlaGrouping;
import dev.leadbridge.attribution.domain.kpi.LeadProgress;
import dev.leadbridge.attribution.domain.kpi.TimeWindow;
import dev.leadbridge.attribution.domain.model.ModelId;
import dev.leadbridge.platform.security.Roles;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The figures marketing and sales share: attributed revenue, the funnel, lead quality and the SLA. */
@Path("/api/v1")
@Tag(name = "Reports", description = "Attribution, funnel, lead quality and SLA figures, read by marketing and sales"
        + " alike")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private static final String RANGE = "ISO-8601 instant; the range is [from, to), to defaults to now and from to"
            + " 30 days before to";

    private static final String MODELS = "first_touch, last_touch, linear, time_decay, u_shaped, w_shaped, "
            + "full_path, markov or shapley";

    private static final String GROUP_BY = "channel (default) or campaign (the touches', credited under the "
            + "model); country, territory, team or rep (the lead's, whole deals, the same under every model)";

    private final ReportQueries queries;
    private final Clock clock;

    ReportResource(ReportQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GET
    @Path("/attribution")
    @RolesAllowed({Roles.MARKETING, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Revenue of the deals won in [from, to), credited per channel or campaign under a model",
            description = "The data-driven models (markov, shapley) learn from every journey, converting and not, and "
                    + "name what they learnt in `learned`: each channel's removal effect or Shapley value.")
    public Uni<AttributionView> attribution(
            @Parameter(description = MODELS) @QueryParam("model") String model,
            @Parameter(description = RANGE) @QueryParam("from") String from,
            @Parameter(description = RANGE) @QueryParam("to") String to,
            @Parameter(description = GROUP_BY) @QueryParam("groupBy") String groupBy) {
        ReportParameters parameters = new ReportParameters();
        ModelId modelId = parameters.model(model);
        AttributionGrouping dimension = parameters.attributionGrouping(groupBy);
        TimeWindow window = parameters.window(from, to, clock.instant(), null);
        parameters.check();
        return queries.attribution(modelId, dimension, window).map(AttributionView::of);
    }

    @GET
    @Path("/attribution/compare")
    @RolesAllowed({Roles.MARKETING, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "The deals won in [from, to) credited under several models side by side",
            description = "Each model's report in full (with removal effects and Shapley values for the data-driven "
                    + "ones) and one row per currency and group with every model's amount, from one read of the "
                    + "journeys.")
    public Uni<AttributionComparison> compare(
            @Parameter(description = "comma-separated, at least one of: " + MODELS, example = "linear,markov,shapley")
            @QueryParam("models") String models,
            @Parameter(description = RANGE) @QueryParam("from") String from,
            @Parameter(description = RANGE) @QueryParam("to") String to,
            @Parameter(description = GROUP_BY) @QueryParam("groupBy") String groupBy) {
        ReportParameters parameters = new ReportParameters();
        List<ModelId> modelIds = parameters.models(models);
        AttributionGrouping dimension = parameters.attributionGrouping(groupBy);
        TimeWindow window = parameters.window(from, to, clock.instant(), null);
        parameters.check();
        return queries.compare(modelIds, dimension, window).map(AttributionComparison::of);
    }

    @GET
    @Path("/funnel")
    @Authenticated
    @Operation(summary = "The funnel of the leads captured in [from, to): counts, conversions, median time in stage")
    public Uni<FunnelView> funnel(
            @Parameter(description = RANGE) @QueryParam("from") String from,
            @Parameter(description = RANGE) @QueryParam("to") String to,
            @Parameter(description = "channel, campaign, country, territory, team or rep (the team and rep it is or "
                    + "was last assigned to); absent for the whole cohort only")
            @QueryParam("groupBy") String groupBy) {
        ReportParameters parameters = new ReportParameters();
        Function<LeadProgress, String> grouping = parameters.grouping(groupBy, "channel", "campaign", "country",
                "territory", "team", "rep");
        TimeWindow window = parameters.window(from, to, clock.instant(), null);
        parameters.check();
        return queries.funnel(window, grouping).map(report -> FunnelView.of(window, groupBy, report));
    }

    @GET
    @Path("/lead-quality")
    @RolesAllowed({Roles.MARKETING, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Sales' feedback to marketing: MQL acceptance rate and rejection reasons")
    public Uni<LeadQualityView> leadQuality(
            @Parameter(description = "ISO-8601 instant; [from, to) of capture, all leads by default")
            @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant; defaults to now") @QueryParam("to") String to,
            @Parameter(description = "channel, campaign, score_band (the grade at MQL), country, territory, team or "
                    + "rep; absent for all leads only")
            @QueryParam("groupBy") String groupBy) {
        ReportParameters parameters = new ReportParameters();
        Function<LeadProgress, String> grouping = parameters.grouping(groupBy, "channel", "campaign", "score_band",
                "country", "territory", "team", "rep");
        TimeWindow window = parameters.window(from, to, clock.instant(), Instant.EPOCH);
        parameters.check();
        return queries.leadQuality(window, grouping).map(report -> LeadQualityView.of(window, groupBy, report));
    }

    @GET
    @Path("/sla-kpis")
    @RolesAllowed({Roles.MARKETING, Roles.MANAGER, Roles.OPS, Roles.ADMIN})
    @Operation(summary = "SLA breaches and compliance over time and the speed-to-lead distribution of the SLA clocks"
            + " started in [from, to)",
            description = "A clock counts once it has an outcome: met (sales decided in time) or breached (decided"
                    + " late, or breached without a decision). Speed to lead is the wall-clock time from the clock's"
                    + " start (assignment) to sales' decision: median and p90 by nearest rank, and a histogram.")
    public Uni<SlaKpisView> slaKpis(
            @Parameter(description = RANGE) @QueryParam("from") String from,
            @Parameter(description = RANGE) @QueryParam("to") String to,
            @Parameter(description = "channel (the lead's source channel), country, territory, team or rep (the "
                    + "clock's own); absent for all clocks only")
            @QueryParam("groupBy") String groupBy,
            @Parameter(description = "day (default) or week: the length of the overTime buckets, counted from from")
            @QueryParam("bucket") String bucket) {
        ReportParameters parameters = new ReportParameters();
        TimeWindow window = parameters.window(from, to, clock.instant(), null);
        SlaGrouping grouping = parameters.slaGrouping(groupBy);
        Duration bucketLength = parameters.bucket(bucket, window);
        parameters.check();
        String bucketName = bucketLength.toDays() == 7 ? "week" : "day";
        return queries.slaKpis(window, bucketLength, grouping)
                .map(report -> SlaKpisView.of(window, grouping == null ? null : groupBy, bucketName, report));
    }
}
