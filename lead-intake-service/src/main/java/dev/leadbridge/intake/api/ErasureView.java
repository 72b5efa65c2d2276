package dev.leadbridge.intake.api;

import dev.leadbridge.intake.application.PersonErasureService;
import java.time.Instant;
import java.util.UUID;

/**
 * An erasure as its audit record keeps it.
 *
 * @param requestedBy the admin who asked for it
 */
public record ErasureView(UUID erasureId, UUID leadId, String requestedBy, Instant erasedAt) {

    static ErasureView of(PersonErasureService.Erasure erasure) {
        return new ErasureView(erasure.erasureId(), erasure.leadId(), erasure.requestedBy(), erasure.erasedAt());
    }
}
