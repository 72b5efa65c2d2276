package dev.leadbridge.intake.api;

import dev.leadbridge.intake.api.security.ApiKeyIdentityProvider;
import dev.leadbridge.intake.application.PersonalDataKeys;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** For LeadBridge's own services: the key that opens a lead's sealed personal fields, while the person is known. */
@Path("/internal/v1/lead-keys")
@Tag(name = "Internal", description = "For LeadBridge's own services, not for integrations")
@SecurityRequirement(name = "ApiKey")
@Produces(MediaType.APPLICATION_JSON)
public class LeadKeyResource {

    /** A lead's personal-data key, base64 (AES-256-GCM). */
    public record LeadKeyView(UUID leadId, String key) {
    }

    private final PersonalDataKeys keys;

    LeadKeyResource(PersonalDataKeys keys) {
        this.keys = keys;
    }

    @GET
    @Path("/{leadId}")
    @RolesAllowed(ApiKeyIdentityProvider.SERVICE_ROLE)
    @Operation(summary = "A lead's personal-data key", description = "The person's e-mail, name, phone, job title "
            + "and custom fields travel sealed under it in `lead.captured` and `lead.updated` on leads.captured, "
            + "which is kept forever. Erasing the person deletes it: `410` from then on, and no sealed copy can be "
            + "opened again. Only the services' own key (`X-Api-Key`) may read it.")
    @APIResponse(responseCode = "200", description = "The key")
    @APIResponse(responseCode = "401", description = "No or unknown key")
    @APIResponse(responseCode = "403", description = "Not a LeadBridge service")
    @APIResponse(responseCode = "404", description = "No such lead, or none of its events was sealed")
    @APIResponse(responseCode = "410", description = "The person was erased; the key is gone for good")
    public Uni<LeadKeyView> key(@PathParam("leadId") UUID leadId) {
        return keys.forService(leadId).map(key -> new LeadKeyView(leadId, key.toBase64()));
    }
}
