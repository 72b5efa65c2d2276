package dev.leadbridge.intake.api;

import dev.leadbridge.intake.application.LeadCaptureService;
import dev.leadbridge.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/leads")
@Tag(name = "Leads", description = "Capture leads from integrations")
@Produces(MediaType.APPLICATION_JSON)
public class LeadResource {

    private final LeadCaptureService captureService;

    LeadResource(LeadCaptureService captureService) {
        this.captureService = captureService;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Capture one lead", description = "Stores the lead and announces it on leads.captured; "
            + "answers 202 as soon as both are committed, whether or not Kafka is reachable.")
    public Uni<Response> capture(@NotNull @Valid CaptureLeadRequest request, UriInfo uri) {
        return captureService.capture(request.toSubmission())
                .map(lead -> Response.accepted(CaptureLeadResponse.captured(lead.id))
                        .location(uri.getAbsolutePathBuilder().path(lead.id.toString()).build())
                        .build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The captured lead")
    public Uni<CapturedLeadView> find(@PathParam("id") UUID id) {
        return captureService.find(id)
                .map(lead -> lead.map(CapturedLeadView::of)
                        .orElseThrow(() -> ProblemException.notFound("No lead " + id)));
    }
}
