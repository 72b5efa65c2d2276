package dev.leadbridge.intake.api;

import dev.leadbridge.intake.application.ApiKeyService;
import dev.leadbridge.intake.persistence.ApiKeyStore.StoredApiKey;
import dev.leadbridge.platform.problem.ProblemException;
import dev.leadbridge.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/api-keys")
@Tag(name = "API keys", description = "Keys for integrations (admins only)")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

    /** A key to create; its name becomes the integration source of the leads it captures. */
    public record NewApiKey(
            @Schema(examples = "website-crm-sync") @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}",
                    message = "1-100 letters, digits, spaces, dots, dashes or underscores") String name) {
    }

    /** A key as admins see it; the secret only in the answer that created it. */
    public record ApiKeyView(UUID id, String name, String prefix, String createdBy, Instant createdAt,
                             Instant revokedAt,
                             @Schema(description = "The key itself: shown once, when created") String key) {

        static ApiKeyView of(StoredApiKey stored, String key) {
            return new ApiKeyView(stored.id(), stored.name(), stored.prefix(), stored.createdBy(), stored.createdAt(),
                    stored.revokedAt(), key);
        }
    }

    private final ApiKeyService apiKeys;
    private final SecurityIdentity identity;

    ApiKeyResource(ApiKeyService apiKeys, SecurityIdentity identity) {
        this.apiKeys = apiKeys;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a key", description = "The answer holds the key; it cannot be shown again.")
    public Uni<Response> create(@NotNull @Valid NewApiKey request) {
        return apiKeys.create(request.name(), identity.getPrincipal().getName())
                .map(created -> Response.status(201).entity(ApiKeyView.of(created.stored(), created.key())).build());
    }

    @GET
    @Operation(summary = "All keys, active and revoked, without their secrets")
    public Uni<List<ApiKeyView>> list() {
        return apiKeys.list().map(keys -> keys.stream().map(k -> ApiKeyView.of(k, null)).toList());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a key", description = "Requests with it are refused (401) from now on.")
    public Uni<Response> revoke(@PathParam("id") UUID id) {
        return apiKeys.revoke(id, identity.getPrincipal().getName()).map(found -> {
            if (!found) {
                throw ProblemException.notFound("No API key " + id);
            }
            return Response.noContent().build();
        });
    }
}
