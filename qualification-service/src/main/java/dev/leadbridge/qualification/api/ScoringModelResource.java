package dev.leadbridge.qualification.api;

import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.events.payload.Score;
import dev.leadbridge.events.payload.TouchpointType;
import dev.leadbridge.platform.config.ConfigChange;
import dev.leadbridge.platform.config.ConfigurationHistory;
import dev.leadbridge.platform.config.ConfigurationHistoryResource;
import dev.leadbridge.platform.config.IfMatch;
import dev.leadbridge.platform.config.StoredDocument;
import dev.leadbridge.platform.security.Roles;
import dev.leadbridge.platform.validation.InvalidDocumentException;
import dev.leadbridge.qualification.application.ScoringModelDocument;
import dev.leadbridge.qualification.application.ScoringModels;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
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
    private final SecurityIdentity identity;
    private final Clock clock;

    ScoringModelResource(ScoringModels models, ConfigurationHistory history, SecurityIdentity identity, Clock clock) {
        super(history, identity);
        this.models = models;
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
        ConfigChange change = new ConfigChange(identity.getPrincipal().getName(), comment,
                IfMatch.configVersions(ifMatch));
        return models.publish(draft.toDomain(), change).map(ScoringModelResource::tagged);
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
