package dev.leadbridge.intake.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.intake.api.security.ApiKeyIdentityProvider;
import dev.leadbridge.intake.application.ConsentService;
import dev.leadbridge.intake.application.IdempotencyKey;
import dev.leadbridge.intake.application.LeadCaptureService;
import dev.leadbridge.intake.application.LeadQueries;
import dev.leadbridge.intake.domain.CaptureOrigin;
import dev.leadbridge.platform.problem.ProblemException;
import dev.leadbridge.platform.problem.ProblemType;
import dev.leadbridge.platform.security.ManagedTeams;
import dev.leadbridge.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/leads")
@Tag(name = "Leads", description = "Capture leads from integrations and reps")
@SecurityScheme(securitySchemeName = "ApiKey", type = SecuritySchemeType.APIKEY, apiKeyName = "X-Api-Key",
        in = org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn.HEADER)
@Produces(MediaType.APPLICATION_JSON)
public class LeadResource {

    private static final String IDEMPOTENCY_KEY_FORMAT = "[\\x21-\\x7E]{1,200}";

    private final LeadCaptureService captureService;
    private final ConsentService consent;
    private final LeadQueries queries;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    LeadResource(LeadCaptureService captureService, ConsentService consent, LeadQueries queries,
                 SecurityIdentity identity, ObjectMapper json) {
        this.captureService = captureService;
        this.consent = consent;
        this.queries = queries;
        this.identity = identity;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiKeyIdentityProvider.INTEGRATION_ROLE, Roles.REP, Roles.MANAGER})
    @SecurityRequirement(name = "ApiKey")
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Capture one lead", description = "Stores the lead and announces it on leads.captured; "
            + "answers 202 as soon as both are committed, whether or not Kafka is reachable. A lead whose e-mail "
            + "address is known is merged into that lead (duplicateOf). Integrations authenticate with X-Api-Key; "
            + "reps may log a lead met offline with their bearer token and an entryStage.")
    @APIResponse(responseCode = "202", description = "Captured, merged into a known lead, or kept as spam (a sender "
            + "on the blocked domains: status spam, no lead)")
    @APIResponse(responseCode = "400", description = "Invalid lead (problem lists the fields)")
    @APIResponse(responseCode = "401", description = "No or unknown credentials")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request")
    public Uni<Response> capture(
            @NotNull @Valid CaptureLeadRequest request,
            @Parameter(description = "Makes retries safe: a repeat with the same key returns the same answer and "
                    + "creates nothing (kept 48 hours)")
            @HeaderParam("Idempotency-Key") @Pattern(regexp = IDEMPOTENCY_KEY_FORMAT,
                    message = "must be 1-200 visible ASCII characters") String idempotencyKey,
            UriInfo uri) {
        CaptureOrigin origin = originOf(request);
        Optional<IdempotencyKey> key = Optional.ofNullable(idempotencyKey)
                .map(k -> new IdempotencyKey(identity.getPrincipal().getName(), k, hashOf(request)));
        return captureService.capture(request.toSubmission(), origin, key)
                .map(outcome -> outcome.isSpam()
                        ? Response.accepted(CaptureLeadResponse.of(outcome)).build()
                        : Response.accepted(CaptureLeadResponse.of(outcome))
                                .location(uri.getBaseUriBuilder().path("api/v1/leads")
                                        .path(outcome.leadId().toString()).build())
                                .build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ApiKeyIdentityProvider.INTEGRATION_ROLE, Roles.MANAGER, Roles.ADMIN, Roles.MARKETING})
    @SecurityRequirement(name = "ApiKey")
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "The captured lead and its touchpoints", description = "Integrations and admins read every "
            + "lead; a manager the leads routed to the teams their token's `teams` claim names (every lead when it "
            + "names none); marketing every lead without the person's contact data (e-mail, phone, name).")
    @APIResponse(responseCode = "200", description = "The lead")
    @APIResponse(responseCode = "403", description = "A manager asking for a lead of another team")
    @APIResponse(responseCode = "404", description = "No such lead")
    public Uni<CapturedLeadView> find(@PathParam("id") UUID id) {
        return queries.find(id).chain(found -> {
            CapturedLeadView view = found.map(CapturedLeadView::of)
                    .orElseThrow(() -> ProblemException.notFound("No lead " + id));
            return readerOfEverything()
                    ? Uni.createFrom().item(view)
                    : queries.teamOf(id).map(team -> scopedToReader(view, team.orElse(null)));
        });
    }

    @POST
    @Path("/{id}/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiKeyIdentityProvider.INTEGRATION_ROLE, Roles.ADMIN})
    @SecurityRequirement(name = "ApiKey")
    @Operation(summary = "State the person's marketing consent", description = "For an e-mail tool's unsubscribe "
            + "link or a preference centre: `{\"marketingOptIn\": false}` withdraws consent (the wording and time of "
            + "the consent given are kept for the record); `true` gives it again, with the wording shown. A change "
            + "is announced as `lead.updated`: scoring no longer makes a person who withdrew an MQL on score alone. "
            + "Stating what is already so changes nothing (`changed: false`).")
    @APIResponse(responseCode = "200", description = "The consent now in force")
    @APIResponse(responseCode = "404", description = "No such lead")
    public Uni<ConsentView> consent(@PathParam("id") UUID id, @Valid @NotNull CaptureLeadRequest.ConsentRequest body) {
        return consent.state(id, body.marketingOptIn(), body.text(), body.givenAt()).map(ConsentView::of);
    }

    private boolean readerOfEverything() {
        return identity.hasRole(ApiKeyIdentityProvider.INTEGRATION_ROLE) || identity.hasRole(Roles.ADMIN);
    }

    /** The same rule as qualification's: a manager reads their teams' leads, marketing any lead without contact. */
    private CapturedLeadView scopedToReader(CapturedLeadView view, String teamId) {
        if (identity.hasRole(Roles.MANAGER) && ManagedTeams.maySee(identity, teamId)) {
            return view;
        }
        if (identity.hasRole(Roles.MARKETING)) {
            return view.withoutContact();
        }
        throw ProblemException.forbidden("A manager reads the leads of the teams they lead.");
    }

    /** Integrations capture at the start of the lifecycle; reps and managers may log leads at a later stage. */
    private CaptureOrigin originOf(CaptureLeadRequest request) {
        LifecycleStage stage = request.entryStage() == null ? LifecycleStage.CAPTURED : request.entryStage();
        String caller = identity.getPrincipal().getName();
        if (identity.hasRole(Roles.MANAGER)) {
            String owner = request.ownerId() != null ? request.ownerId() : stage.ownedBySales() ? caller : null;
            return new CaptureOrigin(null, null, stage, owner);
        }
        if (identity.hasRole(Roles.REP)) {
            if (request.ownerId() != null && !request.ownerId().equals(caller)) {
                throw new ProblemException(ProblemType.FORBIDDEN, "Reps log leads for themselves only.");
            }
            return new CaptureOrigin(null, null, stage, stage.ownedBySales() ? caller : null);
        }
        if (stage != LifecycleStage.CAPTURED || request.ownerId() != null) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Integrations capture leads at the start of the lifecycle; entryStage and ownerId are for reps.");
        }
        return CaptureOrigin.integration(caller);
    }

    private String hashOf(CaptureLeadRequest request) {
        try {
            byte[] body = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash request", e);
        }
    }
}
