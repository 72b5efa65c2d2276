package dev.leadbridge.sla.api;

import dev.leadbridge.platform.problem.Problem;
import dev.leadbridge.platform.problem.ProblemException;
import dev.leadbridge.platform.security.Roles;
import dev.leadbridge.sla.application.DeliveryLog;
import dev.leadbridge.sla.persistence.DeliveryStatus;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The delivery log: what each subscription was sent, each attempt, and what was given up. */
@Path("/api/v1/notifications/deliveries")
@Tag(name = "Notifications")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationDeliveryResource {

    private final DeliveryLog log;

    NotificationDeliveryResource(DeliveryLog log) {
        this.log = log;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.OPS})
    @Operation(summary = "A subscription's deliveries, newest first, each with every attempt",
            description = "`status=dead` lists what was given up after the last retry.")
    public Uni<List<DeliveryView>> deliveries(
            @Parameter(description = "the subscription's id", required = true) @QueryParam("subscription")
            @NotBlank @Size(max = 64) String subscription,
            @Parameter(description = "pending, delivered or dead; all when absent") @QueryParam("status")
            String status,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return log.of(subscription, statusOf(status), limit)
                .map(entries -> entries.stream().map(DeliveryView::of).toList());
    }

    private static DeliveryStatus statusOf(String status) {
        if (status == null) {
            return null;
        }
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "pending" -> DeliveryStatus.PENDING;
            case "delivered" -> DeliveryStatus.DELIVERED;
            case "dead" -> DeliveryStatus.DEAD;
            default -> throw ProblemException.validation(List.of(new Problem.FieldError("status",
                    "status is pending, delivered or dead, not '" + status + "'")));
        };
    }
}
