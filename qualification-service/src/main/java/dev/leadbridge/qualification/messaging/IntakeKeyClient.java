package dev.leadbridge.qualification.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Intake's internal API for LeadBridge's services: a lead's personal-data key. */
@RegisterRestClient(configKey = "intake")
@Path("/internal/v1/lead-keys")
public interface IntakeKeyClient {

    /** What intake answers: the key, base64. */
    record LeadKey(UUID leadId, String key) {
    }

    @GET
    @Path("/{leadId}")
    Uni<LeadKey> key(@PathParam("leadId") UUID leadId, @HeaderParam("X-Api-Key") String serviceKey);
}
