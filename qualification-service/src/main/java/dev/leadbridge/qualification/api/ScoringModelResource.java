package dev.leadbridge.qualification.api;

import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.events.payload.Score;
import dev.leadbridge.events.payload.TouchpointType;
import dev.leadbridge.platform.config.ConfigChange;
import dev.leadbridge.platform.config.ConfigurationHistory;
import dev.leadbridge.platform.config.ConfigurationHistoryResource;
import dev.leadbridge.platform.config.IfMatch;
import dev.leadbridge.platform.config.StoredDocument;
import dev.leadbridge.platform.problem.Problem;
import dev.leadbridge.platform.problem.ProblemException;
import dev.leadbridge.platform.security.Roles;
import dev.leadbridge.platform.validation.InvalidDocumentException;
import dev.leadbridge.qualification.application.ConversionModels;
import dev.leadbridge.qualification.application.ScoringBacktest;
import dev.leadbridge.qualification.application.ScoringModelDocument;
import dev.leadbridge.qualification.application.ScoringModels;
import dev.leadbridge.qualification.application.ShadowScoring;
import dev.leadbridge.qualification.domain.scoring.EngagementEvent;
import dev.leadbridge.qualification.domain.scoring.LeadProfile;
import dev.leadbridge.qualification.domain.scoring.MqlDecision;
import dev.leadbridge.qualification.domain.scoring.Scorecard;
import dev.leadbridge.qualification.domain.scoring.Scorer;
import dev.leadbridge.qualification.domain.scoring.ScoringModel;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/scoring-model")
@Tag(name = "Scoring model", description = "The versioned scoring model marketing tunes, and previews of drafts")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class ScoringModelResource extends ConfigurationHistoryResource {

    private static final Set<String> TUNERS = Set.of(Roles.ADMIN, Roles.MARKETING);

    private final ScoringModels models;
    private final ScoringBacktest backtest;
    private final ShadowScoring shadows;
    private final ConversionModels conversion;
    private final SecurityIdentity identity;
    private final Clock clock;

    ScoringModelResource(ScoringModels models, ScoringBacktest backtest, ShadowScoring shadows,
                         ConversionModels conversion, ConfigurationHistory history, SecurityIdentity identity,
                         Clock clock) {
        super(history, identity);
        this.models = models;
        this.backtest = backtest;
        this.shadows = shadows;
        this.conversion = conversion;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    protected String kind(UriInfo request) {
        return ScoringModels.KIND;
    }

    @Override
    protected String what(UriInfo request) {
        return ScoringModels.WHAT;
    }

    @Override
    protected Set<String> readers() {
        return TUNERS;
    }

    @Override
    protected Set<String> writers() {
        return TUNERS;
    }

    @Override
    protected Uni<StoredDocument> restore(UriInfo request, StoredDocument earlier, ConfigChange change) {
        return models.restore(earlier, change);
    }

    @Schema(description = "A sample lead to score")
    public record SampleLead(
            @Schema(example = "ada@engines.example") String email,
            @Schema(example = "VP Marketing") String jobTitle,
            @Schema(example = "engines.example") String companyDomain,
            @Schema(example = "500") @PositiveOrZero Integer companySize,
            @Schema(example = "Software") String industry,
            @Schema(example = "GB") String country) {
    }

    @Schema(description = "A touchpoint of the sample lead")
    public record SampleTouchpoint(
            @Schema(example = "demo_request") @NotNull TouchpointType type,
            @Schema(example = "2026-11-20T10:15:00Z") @NotNull Instant occurredAt) {
    }

    @Schema(description = "A sample lead, its touchpoints and, optionally, a draft model and the instant to score "
            + "at; without a draft the model in use scores it, without an instant now")
    public record PreviewRequest(ScoringModelDocument model, @Valid @NotNull SampleLead lead,
                                 List<@Valid @NotNull SampleTouchpoint> touchpoints, Instant at) {
    }

    @Schema(description = "The sample lead's score under the model, every point explained, and the MQL decision")
    public record Preview(int modelVersion, Score score, boolean mql, MqlReason mqlReason, String explanation,
                          List<String> disqualifiedBy) {
    }

    @Schema(description = "A draft model and the real leads to score under it: the last `last` captured, or those "
            + "captured from `from` (inclusive) to `to` (exclusive; now if absent)")
    public record BacktestRequest(@NotNull ScoringModelDocument model,
                                  @Schema(example = "10000") @Min(1) @Max(1_000_000) Integer last,
                                  Instant from, Instant to) {
    }

    @GET
    @Path("/suggestions")
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    @Operation(summary = "Scoring rules whose points disagree most with what sales did", description = "Every lead "
            + "sales has judged is scored as it was when it became an MQL under the model in use; a rule that gives "
            + "points to leads sales accepts (or wins) less often than the average judged lead, or takes points from "
            + "leads it accepts more often, is listed when it scored enough leads and the difference is beyond chance "
            + "(|z| >= 2), strongest first. Suggestions to try in a backtest or in shadow; nothing changes.")
    @APIResponse(responseCode = "200", description = "The disagreeing rules, possibly none")
    public Uni<ConversionModels.Suggestions> suggestions(
            @Parameter(description = "accepted (default) or won") @QueryParam("outcome") @DefaultValue("accepted")
            String outcome) {
        return conversion.suggestions(ConversionModelResource.outcomeOf(outcome));
    }

    @POST
    @Path("/backtest")
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Score real leads under a draft model beside the model in use", description = "Each lead of "
            + "the window is replayed as it really happened (scored at its capture and at each of its touchpoints, "
            + "at their real times) under both models: how many each makes MQLs, how often they agree, how grades "
            + "move, and, from the outcomes sales recorded, the acceptance and win rates of each model's MQLs. "
            + "Nothing is stored or published; erased leads are left out.")
    @APIResponse(responseCode = "200", description = "The comparison")
    @APIResponse(responseCode = "400", description = "The draft does not validate, or the window is not one of "
            + "`last` or `from`..`to`")
    public Uni<ScoringBacktest.Result> backtest(@Valid @NotNull BacktestRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if ((request.last() == null) == (request.from() == null)) {
            errors.add(new Problem.FieldError("last", "give last or from, one of them"));
        }
        if (request.to() != null && (request.from() == null || !request.to().isAfter(request.from()))) {
            errors.add(new Problem.FieldError("to", "to needs a from before it"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return backtest.run(request.model().toDomain(),
                new ScoringBacktest.Window(request.last(), request.from(), request.to()));
    }

    @Schema(description = "The draft model in shadow: every lead scored live is also scored under it, never acted on")
    public record ShadowView(int version, ScoringModelDocument model, String publishedBy, Instant since) {

        static ShadowView of(ShadowScoring.Shadow shadow) {
            return new ShadowView(shadow.version(), ScoringModelDocument.of(shadow.model()), shadow.publishedBy(),
                    shadow.since());
        }
    }

    @GET
    @Path("/shadow")
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    @Operation(summary = "The draft model in shadow, if any; its version is the ETag")
    @APIResponse(responseCode = "404", description = "No model is in shadow")
    public Uni<RestResponse<ShadowView>> shadow() {
        return shadows.inShadow().map(found -> found.map(ShadowView::of)
                .map(view -> RestResponse.ResponseBuilder.ok(view).tag(tagOf(view.version())).build())
                .orElseThrow(() -> ProblemException.notFound("No model is in shadow")));
    }

    @PUT
    @Path("/shadow")
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a draft model in shadow", description = "From now on every lead scored live is also "
            + "scored under the draft; both scores are stored and the draft decides nothing. Replaces the draft in "
            + "shadow, if any, as the shadow's next version; the draft in shadow sent again changes nothing. A bad "
            + "draft is a 400 problem and changes nothing.")
    @APIResponse(responseCode = "200", description = "The draft now in shadow")
    @APIResponse(responseCode = "400", description = "The draft does not validate")
    @APIResponse(responseCode = "412", description = "The shadow changed since the version If-Match names")
    public Uni<RestResponse<ShadowView>> putInShadow(
            @Parameter(description = "the `ETag` of the shadow as read") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "why, kept in the history") @QueryParam("comment")
            @Size(max = ConfigChange.MAX_COMMENT) String comment,
            ScoringModelDocument draft) {
        if (draft == null) {
            throw Problems.missingBody();
        }
        return shadows.put(draft.toDomain(), change(ifMatch, comment)).map(ShadowView::of)
                .map(view -> RestResponse.ResponseBuilder.ok(view).tag(tagOf(view.version())).build());
    }

    @DELETE
    @Path("/shadow")
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    @Operation(summary = "Take the draft out of shadow", description = "Live scoring stops scoring under it; its "
            + "shadow scores and report stay. Without a model in shadow nothing changes.")
    @APIResponse(responseCode = "204", description = "No model is in shadow now")
    public Uni<Void> stopShadow(@Parameter(description = "why, kept in the history") @QueryParam("comment")
                                @Size(max = ConfigChange.MAX_COMMENT) String comment) {
        return shadows.stop(change(null, comment));
    }

    @GET
    @Path("/shadow/report")
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    @Operation(summary = "How the draft in shadow compares with the model in use", description = "Over every lead "
            + "scored while the draft was in shadow: how many each model made (or would have made) MQLs, how often "
            + "they agree, how grades move, and, from the outcomes sales recorded, the acceptance and win rates of "
            + "each model's MQLs. The latest draft put in shadow by default, or the shadow version asked for.")
    @APIResponse(responseCode = "404", description = "No such draft was ever in shadow")
    public Uni<ShadowScoring.Report> shadowReport(@Parameter(description = "a version of the shadow")
                                                  @QueryParam("version") @Min(1) Integer version) {
        return shadows.report(Optional.ofNullable(version)).map(found -> found.orElseThrow(() ->
                ProblemException.notFound(version == null ? "No model was ever in shadow"
                        : "Version " + version + " of the shadow holds no draft")));
    }

    private ConfigChange change(String ifMatch, String comment) {
        return new ConfigChange(identity.getPrincipal().getName(), comment, IfMatch.configVersions(ifMatch));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    @Operation(summary = "The scoring model in use, with its version (also its ETag)")
    public Uni<RestResponse<ScoringModelDocument>> current() {
        return models.inUse().map(ScoringModelResource::tagged);
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a new version of the scoring model", description = "The model is validated as a "
            + "whole and published as the next version (its own version field is ignored); the model in use sent "
            + "again publishes nothing. A bad model is a 400 problem listing every problem, and the model in use "
            + "stays. With `If-Match` naming the version read, a version published meanwhile makes it a 412.")
    @APIResponse(responseCode = "200", description = "The model now in use")
    @APIResponse(responseCode = "400", description = "The model does not validate")
    @APIResponse(responseCode = "412", description = "Another version was published since the one If-Match names")
    public Uni<RestResponse<ScoringModelDocument>> publish(
            @Parameter(description = "the `ETag` of the model as read") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "why, kept in the history") @QueryParam("comment")
            @Size(max = ConfigChange.MAX_COMMENT) String comment,
            ScoringModelDocument draft) {
        if (draft == null) {
            throw Problems.missingBody();
        }
        return models.publish(draft.toDomain(), change(ifMatch, comment)).map(ScoringModelResource::tagged);
    }

    private static RestResponse<ScoringModelDocument> tagged(ScoringModel model) {
        return RestResponse.ResponseBuilder.ok(ScoringModelDocument.of(model)).tag(tagOf(model.version())).build();
    }

    @POST
    @Path("/preview")
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Score a sample lead under a draft model", description = "Nothing is stored or published.")
    @APIResponse(responseCode = "200", description = "The score and the MQL decision")
    @APIResponse(responseCode = "400", description = "The draft does not validate, or the sample is incomplete")
    public Uni<Preview> preview(@Valid @NotNull PreviewRequest request) {
        Uni<ScoringModel> model = request.model() == null ? models.inUse()
                : Uni.createFrom().item(request.model().toDomain());
        return model.map(chosen -> {
            InvalidDocumentException.throwIfAny("the draft model", ScoringModels.problemsOf(chosen));
            return preview(chosen, request);
        });
    }

    private Preview preview(ScoringModel model, PreviewRequest request) {
        ScoringModel scored = model.version() < 1 ? model.withVersion(1) : model;
        SampleLead sample = request.lead();
        LeadProfile profile = new LeadProfile(sample.email() == null ? "" : LeadProfile.domainOf(sample.email()),
                sample.companyDomain(), sample.jobTitle(), sample.companySize() == null ? 0 : sample.companySize(),
                sample.industry(), sample.country(), Set.of());
        List<SampleTouchpoint> samples = request.touchpoints() == null ? List.of() : request.touchpoints();
        // sample touchpoints have no ids of their own: number them, so the breakdown can still point at each
        List<EngagementEvent> events = IntStream.range(0, samples.size())
                .mapToObj(i -> new EngagementEvent(new UUID(0, i + 1L), samples.get(i).type(),
                        samples.get(i).occurredAt()))
                .toList();
        Instant at = request.at() == null ? clock.instant() : request.at();
        Scorecard card = Scorer.forModel(scored).score(profile, events, at);
        MqlDecision decision = scored.mql().decide(card, events, Instant.EPOCH);
        MqlReason reason = decision instanceof MqlDecision.Qualified qualified ? qualified.reason() : null;
        return new Preview(card.modelVersion(), card.score(), decision.qualified(), reason, decision.explanation(),
                card.disqualifiedBy());
    }
}
