package dev.leadbridge.qualification.api;

import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.platform.problem.Problem;
import dev.leadbridge.platform.problem.ProblemException;
import dev.leadbridge.platform.security.Roles;
import dev.leadbridge.qualification.application.LeadActions;
import dev.leadbridge.qualification.application.LeadQueries;
import dev.leadbridge.qualification.application.LeadQueries.LeadWithHistory;
import dev.leadbridge.qualification.domain.lifecycle.ActionNotAllowedException;
import dev.leadbridge.qualification.domain.lifecycle.Actor;
import dev.leadbridge.qualification.domain.lifecycle.LeadNotFoundException;
import dev.leadbridge.qualification.domain.lifecycle.LeadVisibility;
import dev.leadbridge.qualification.persistence.InboxLine;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
    @Operation(summary = "A lead: stage, owner, score and history", description = "A rep reads the leads they own or "
            + "owned, a manager the leads of their teams (the token's `teams` claim; none: every team), marketing "
            + "every lead without the person's contact data (e-mail, phone, name).")
    @APIResponse(responseCode = "200", description = "The lead; its `ETag` is the version to name in `If-Match`")
    @APIResponse(responseCode = "403", description = "Not a lead this person may read; nothing about it is told")
    public Uni<RestResponse<LeadView>> find(@PathParam("id") UUID id) {
        Actor actor = actor();
        return queries.find(id).map(found -> {
            LeadWithHistory lead = found.orElseThrow(() -> new LeadNotFoundException(id));
            LeadVisibility visibility = LeadVisibility.of(actor, lead.lead().teamId, ownersEver(lead));
            if (visibility == LeadVisibility.NONE) {
                throw new ActionNotAllowedException("a rep reads the leads they own or owned, a manager their "
                        + "teams' leads");
            }
            LeadView view = LeadView.of(lead);
            return tagged(visibility == LeadVisibility.FULL ? view : view.withoutContact(), lead.lead().version);
        });
    }

    @GET
    @RolesAllowed({Roles.REP, Roles.MANAGER})
    @Operation(summary = "A rep's inbox", description = "Leads owned by a rep, the first response due soonest first "
            + "(by the SLA clock running against the rep; a paused clock by its due time before the pause), then "
            + "those without a running clock, oldest assignment first; a page at a time: the `Link` header with "
            + "`rel=\"next\"` names the next page. "
            + "`owner=me` (the default) is the caller; a manager may list the reps of their teams.")
    public Uni<RestResponse<List<LeadSummary>>> inbox(
            @Parameter(description = "`me` or a rep id", example = "me") @QueryParam("owner") String owner,
            @Parameter(description = "a lifecycle stage", example = "assigned") @QueryParam("stage") String stage,
            @Parameter(description = "leads per page, 1 to 200", example = "50") @QueryParam("limit")
            @DefaultValue("50") @Min(1) @Max(200) int limit,
            @Parameter(description = "where the page starts: the `cursor` of the previous page's `next` link")
            @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        Actor actor = actor();
        String ownerId = owner == null || owner.isBlank() || owner.equals("me") ? actor.id() : owner;
        InboxLine.Position after = InboxCursor.parse(cursor);
        LifecycleStage inStage = stage == null || stage.isBlank() ? null : stageOf(stage);
        return queries.teamOf(ownerId).chain(team -> {
            if (!LeadVisibility.mayListInboxOf(actor, ownerId, team.orElse(null))) {
                throw new ActionNotAllowedException("a rep lists their own leads, a manager those of their teams' reps");
            }
            return queries.inbox(ownerId, inStage, after, limit + 1);
        }).map(lines -> {
            List<LeadSummary> page = lines.stream().limit(limit).map(LeadSummary::of).toList();
            RestResponse.ResponseBuilder<List<LeadSummary>> response = RestResponse.ResponseBuilder.ok(page);
            if (lines.size() > limit) {
                String next = uri.getRequestUriBuilder().replaceQueryParam("cursor",
                        InboxCursor.after(lines.get(limit - 1).position())).build().toString();
                response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
            }
            return response.build();
        });
    }

    private static Set<String> ownersEver(LeadWithHistory lead) {
        Set<String> owners = new HashSet<>();
        if (lead.lead().ownerId != null) {
            owners.add(lead.lead().ownerId);
        }
        lead.history().stream().map(step -> step.ownerId).filter(Objects::nonNull).forEach(owners::add);
        return owners;
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
        return tagged(LeadView.of(found), found.lead().version);
    }

    private static RestResponse<LeadView> tagged(LeadView view, long version) {
        return RestResponse.ResponseBuilder.ok(view).tag(EntityTags.of(version)).build();
    }

    private Actor actor() {
        return Actors.of(identity);
    }
}
