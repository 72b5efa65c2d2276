package dev.leadbridge.qualification.api;

import dev.leadbridge.platform.config.ConfigChange;
import dev.leadbridge.platform.config.ConfigurationHistoryResource;
import dev.leadbridge.platform.config.Versioned;
import dev.leadbridge.platform.problem.Problem;
import dev.leadbridge.platform.problem.ProblemException;
import dev.leadbridge.platform.security.Roles;
import dev.leadbridge.qualification.application.ConversionModelDocument;
import dev.leadbridge.qualification.application.ConversionModels;
import dev.leadbridge.qualification.domain.learning.ConversionOutcome;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The conversion models learned from sales' own judgements: the probability that sales accepts a lead
 * ({@code accepted}) and that it is won ({@code won}). Each is a JSON document that can be exported (read) and
 * imported (written) as it is; the version in use is the {@code ETag}.
 */
@Path("/api/v1/conversion-models/{outcome}")
@Tag(name = "Conversion models", description = "Acceptance and win probabilities learned from sales' outcomes")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class ConversionModelResource {

    private final ConversionModels models;
    private final SecurityIdentity identity;

    ConversionModelResource(ConversionModels models, SecurityIdentity identity) {
        this.models = models;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    @Operation(summary = "The model in use, as its exportable document", description = "Features with their "
            + "encoding and weights, the training it came from (window, counts, settings) and its hold-out metrics "
            + "(AUC, log loss, base rate, a 10-bin calibration table). The document's description says how to score "
            + "a lead by hand.")
    @APIResponse(responseCode = "200", description = "The model in use; its version is the ETag")
    @APIResponse(responseCode = "404", description = "No model was trained or imported yet")
    public Uni<RestResponse<ConversionModelDocument>> current(
            @Parameter(description = "accepted or won") @PathParam("outcome") String outcome) {
        ConversionOutcome predicted = outcomeOf(outcome);
        return models.current(predicted).map(found -> found.map(ConversionModelResource::tagged)
                .orElseThrow(() -> noModel(predicted)));
    }

    private static ProblemException noModel(ConversionOutcome outcome) {
        return ProblemException.notFound("No " + outcome.wire() + " model was trained or imported yet; POST …/train "
                + "learns one from the judged leads.");
    }

    @GET
    @Path("/segments")
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    @Operation(summary = "Predicted against actual, per channel, campaign and grade", description = "For every "
            + "judged lead (training leads included), the mean probability the model in use gives each segment's "
            + "leads beside the share that had the outcome; grade is the rule-based grade at the MQL moment. For how "
            + "good the model is on leads it never saw, see the hold-out metrics of its document.")
    @APIResponse(responseCode = "200", description = "Per dimension, a line per value")
    @APIResponse(responseCode = "404", description = "No model was trained or imported yet")
    public Uni<ConversionModels.Segments> segments(@PathParam("outcome") String outcome) {
        ConversionOutcome predicted = outcomeOf(outcome);
        return models.segments(predicted).map(found -> found.orElseThrow(() -> noModel(predicted)));
    }

    @POST
    @Path("/train")
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    @Operation(summary = "Learn the model from every lead sales has judged and put it in use", description = "Each "
            + "judged lead (accepted or rejected; for `won`, closed won or lost) is seen as it was when it became an "
            + "MQL: title seniority and function, size band, industry, country, channel, campaign, e-mail kind, "
            + "touchpoint counts and recency, the rule-based fit and engagement scores. A quarter of each kind is "
            + "held out to evaluate on. Publishes the model as the next version.")
    @APIResponse(responseCode = "200", description = "The model now in use, with its hold-out metrics")
    @APIResponse(responseCode = "409", description = "Too few judged leads with or without the outcome to learn from")
    public Uni<RestResponse<ConversionModelDocument>> train(
            @PathParam("outcome") String outcome,
            @Parameter(description = "why, kept in the history") @QueryParam("comment")
            @Size(max = ConfigChange.MAX_COMMENT) String comment) {
        ConversionOutcome predicted = outcomeOf(outcome);
        return models.train(predicted, change(comment)).map(ConversionModelResource::tagged);
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a model document and put it in use", description = "A document exported here or "
            + "elsewhere; it scores leads exactly as where it was made. A malformed document, one for the other "
            + "outcome or one reading signals this service does not compute is a 400 problem and the model in use "
            + "stays.")
    @APIResponse(responseCode = "200", description = "The model now in use")
    @APIResponse(responseCode = "400", description = "The document does not describe a usable model")
    public Uni<RestResponse<ConversionModelDocument>> importModel(
            @PathParam("outcome") String outcome,
            @Parameter(description = "why, kept in the history") @QueryParam("comment")
            @Size(max = ConfigChange.MAX_COMMENT) String comment,
            ConversionModelDocument document) {
        ConversionOutcome predicted = outcomeOf(outcome);
        if (document == null) {
            throw Problems.missingBody();
        }
        return models.importModel(predicted, document, change(comment)).map(ConversionModelResource::tagged);
    }

    private ConfigChange change(String comment) {
        return new ConfigChange(identity.getPrincipal().getName(), comment, Set.of());
    }

    /** The outcome a request names, or a 400 problem. */
    static ConversionOutcome outcomeOf(String outcome) {
        try {
            return ConversionOutcome.valueOf(outcome.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.validation(List.of(new Problem.FieldError("outcome",
                    "outcome must be accepted or won")));
        }
    }

    private static RestResponse<ConversionModelDocument> tagged(Versioned<ConversionModelDocument> model) {
        return RestResponse.ResponseBuilder.ok(model.value()).tag(ConfigurationHistoryResource.tagOf(model.version())).build();
    }
}
