package dev.leadbridge.qualification.api;

import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.platform.problem.Problem;
import dev.leadbridge.platform.problem.ProblemException;
import dev.leadbridge.platform.security.Roles;
import dev.leadbridge.qualification.application.LeadActions;
import dev.leadbridge.qualification.application.LeadQueries;
import dev.leadbridge.qualification.application.LeadQueries.LeadWithHistory;
import dev.leadbridge.qualification.domain.lifecycle.Actor;
import dev.leadbridge.qualification.persistence.LeadEntity;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/leads")
@Tag(name = "Leads", description = "Leads for sales reps, managers and marketing")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class LeadResource {

    private final LeadQueries queries;
    private final LeadActions actions;
    private final SecurityIdentity identity;

    LeadResource(LeadQueries queries, LeadActions actions, SecurityIdentity identity) {
        this.queries = queries;
        this.actions = actions;
        this.identity = identity;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REP, Roles.MANAGER, Roles.MARKETING})
    @Operation(summary = "A lead: stage, owner, score and history")
    @APIResponse(responseCode = "200", description = "The lead; its `ETag` is the version to name in `If-Match`")
    public Uni<RestResponse<LeadView>> find(@PathParam("id") UUID id) {
        return queries.find(id).map(found -> found.map(LeadResource::withTag)
                .orElseThrow(() -> ProblemException.notFound("No lead " + id)));
    }

    @GET
    @RolesAllowed({Roles.REP, Roles.MANAGER})
    @Operation(summary = "A rep's inbox", description = "Leads owned by a rep, oldest assignment first. "
            + "`owner=me` (the default) is the caller; only managers may list another rep's leads.")
    public Uni<List<LeadSummary>> inbox(
            @Parameter(description = "`me` or a rep id", example = "me") @QueryParam("owner") String owner,
            @Parameter(description = "a lifecycle stage", example = "assigned") @QueryParam("stage") String stage) {
        Actor actor = actor();
        String ownerId = owner == null || owner.isBlank() || owner.equals("me") ? actor.id() : owner;
        if (!ownerId.equals(actor.id()) && !identity.hasRole(Roles.MANAGER)) {
            throw ProblemException.forbidden("only managers may list another rep's leads");
        }
        Uni<List<LeadEntity>> found = stage == null || stage.isBlank()
                ? queries.ownedBy(ownerId)
                : queries.ownedBy(ownerId, stageOf(stage));
        return found.map(leads -> leads.stream().map(LeadSummary::of).toList());
    }

    private static LifecycleStage stageOf(String wire) {
        return Arrays.stream(LifecycleStage.values()).filter(value -> value.wire().equals(wire)).findFirst()
                .orElseThrow(() -> ProblemException.validation(List.of(
                        new Problem.FieldError("stage", "unknown stage '" + wire + "'"))));
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed({Roles.REP, Roles.MANAGER})
    @Operation(summary = "Accept the lead (SAL)", description = "The assigned rep or a manager.")
    @APIResponse(responseCode = "200", description = "The lead, now accepted")
    @APIResponse(responseCode = "403", description = "Not the assigned rep nor a manager")
    @APIResponse(responseCode = "409", description = "The lead is not assigned")
    @APIResponse(responseCode = "412", description = "The lead changed since the version named in If-Match")
    public Uni<RestResponse<LeadView>> accept(@PathParam("id") UUID id, @Parameter(description = "the `ETag` of the lead as read; the action fails with 412 if the lead "
            + "changed since") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return actions.accept(id, actor(), EntityTags.expected(ifMatch)).map(LeadResource::withTag);
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REP, Roles.MANAGER})
    @Operation(summary = "Reject the lead with a reason", description = "The lead is rejected, then recycled to "
            + "nurture: its next touchpoint re-scores it and it may qualify again.")
    @APIResponse(responseCode = "200", description = "The lead, now recycled")
    @APIResponse(responseCode = "400", description = "No or unknown reason")
    @APIResponse(responseCode = "403", description = "Not the assigned rep nor a manager")
    @APIResponse(responseCode = "409", description = "The lead is not assigned")
    @APIResponse(responseCode = "412", description = "The lead changed since the version named in If-Match")
    public Uni<RestResponse<LeadView>> reject(@PathParam("id") UUID id, @Parameter(description = "the `ETag` of the lead as read; the action fails with 412 if the lead "
            + "changed since") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                              @Valid @NotNull LeadRequests.Reject body) {
        return actions.reject(id, actor(), EntityTags.expected(ifMatch), body.reason(), body.note())
                .map(LeadResource::withTag);
    }

    @POST
    @Path("/{id}/convert")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REP, Roles.MANAGER})
    @Operation(summary = "The accepted lead became an opportunity")
    @APIResponse(responseCode = "200", description = "The lead, now converted")
    @APIResponse(responseCode = "409", description = "The lead is not accepted")
    @APIResponse(responseCode = "412", description = "The lead changed since the version named in If-Match")
    public Uni<RestResponse<LeadView>> convert(@PathParam("id") UUID id, @Parameter(description = "the `ETag` of the lead as read; the action fails with 412 if the lead "
            + "changed since") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                               @Valid @NotNull LeadRequests.Convert body) {
        body.requireCurrencyWithAmount();
        return actions.convert(id, actor(), EntityTags.expected(ifMatch), body.opportunityId(),
                body.expectedAmount(), body.currency()).map(LeadResource::withTag);
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REP, Roles.MANAGER})
    @Operation(summary = "Close the opportunity won or lost")
    @APIResponse(responseCode = "200", description = "The lead, now closed")
    @APIResponse(responseCode = "409", description = "The lead is not converted")
    @APIResponse(responseCode = "412", description = "The lead changed since the version named in If-Match")
    public Uni<RestResponse<LeadView>> close(@PathParam("id") UUID id, @Parameter(description = "the `ETag` of the lead as read; the action fails with 412 if the lead "
            + "changed since") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                             @Valid @NotNull LeadRequests.Close body) {
        body.requireCurrencyWithAmount();
        return actions.close(id, actor(), EntityTags.expected(ifMatch), body.outcome(), body.amount(),
                body.currency(), body.reason()).map(LeadResource::withTag);
    }

    @POST
    @Path("/{id}/reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Give the lead to another rep", description = "Managers only.")
    @APIResponse(responseCode = "200", description = "The lead with its new owner")
    @APIResponse(responseCode = "400", description = "No such rep in the roster")
    @APIResponse(responseCode = "409", description = "The lead is not assigned")
    @APIResponse(responseCode = "412", description = "The lead changed since the version named in If-Match")
    public Uni<RestResponse<LeadView>> reassign(@PathParam("id") UUID id, @Parameter(description = "the `ETag` of the lead as read; the action fails with 412 if the lead "
            + "changed since") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                @Valid @NotNull LeadRequests.Reassign body) {
        return actions.reassign(id, actor(), EntityTags.expected(ifMatch), body.ownerId())
                .map(LeadResource::withTag);
    }

    /** The lead with its version as {@code ETag}, so the next action can name it in {@code If-Match}. */
    private static RestResponse<LeadView> withTag(LeadWithHistory found) {
        return RestResponse.ResponseBuilder.ok(LeadView.of(found)).tag(EntityTags.of(found.lead().version)).build();
    }

    private Actor actor() {
        return Actor.of(identity.getPrincipal().getName(), identity.getRoles());
    }
}
