package dev.leadbridge.sla.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a manager pauses a lead's SLA clock. */
public record PauseRequest(
        @Schema(description = "why the clock stands still, e.g. the contact is travelling until Monday",
                required = true, maxLength = PauseRequest.MAX_REASON)
        String reason) {

    static final int MAX_REASON = 500;
}
