package dev.leadbridge.intake.api;

import dev.leadbridge.intake.api.security.ApiKeyIdentityProvider;
import dev.leadbridge.intake.application.TouchpointService;
import dev.leadbridge.intake.domain.ChannelClassifier;
import dev.leadbridge.intake.persistence.TouchpointEntity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/touchpoints")
@Tag(name = "Touchpoints", description = "Engagement events of leads and anonymous visitors")
@SecurityRequirement(name = "ApiKey")
@RolesAllowed(ApiKeyIdentityProvider.INTEGRATION_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class TouchpointResource {

    private final TouchpointService touchpoints;

    TouchpointResource(TouchpointService touchpoints) {
        this.touchpoints = touchpoints;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an engagement event",
            description = "Announced on leads.touchpoints, keyed by the lead id or, while anonymous, the visitor id.")
    public Uni<Response> record(@NotNull @Valid RecordTouchpointRequest request) {
        return touchpoints.record(entityOf(request), request.email())
                .map(recorded -> Response.accepted(recorded).build());
    }

    private static TouchpointEntity entityOf(RecordTouchpointRequest request) {
        TouchpointEntity touchpoint = new TouchpointEntity();
        touchpoint.leadId = request.leadId();
        touchpoint.visitorId = blankToNull(request.visitorId());
        touchpoint.type = request.type();
        touchpoint.occurredAt = request.occurredAt();
        touchpoint.channel = request.channel() == null && request.utmMedium() != null
                ? ChannelClassifier.classify(request.utmMedium(), null) : request.channel();
        touchpoint.campaign = blankToNull(request.campaign());
        touchpoint.utmSource = blankToNull(request.utmSource());
        touchpoint.utmMedium = blankToNull(request.utmMedium());
        touchpoint.utmCampaign = blankToNull(request.utmCampaign());
        touchpoint.utmTerm = blankToNull(request.utmTerm());
        touchpoint.utmContent = blankToNull(request.utmContent());
        touchpoint.utmId = blankToNull(request.utmId());
        touchpoint.url = blankToNull(request.url());
        touchpoint.properties = request.properties() == null ? Map.of() : Map.copyOf(request.properties());
        return touchpoint;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
