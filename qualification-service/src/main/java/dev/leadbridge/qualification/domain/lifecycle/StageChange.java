package dev.leadbridge.qualification.domain.lifecycle;

import dev.leadbridge.events.payload.LifecycleStage;
import java.time.Instant;

/**
 * One step of a lead's history: from which stage to which, who took it (null: the service itself) and who owns the
 * lead afterwards.
 *
 * @param from null when the lead entered qualification with this step
 */
public record StageChange(LifecycleStage from, LifecycleStage to, String actorId, String ownerId, Instant at) {
}
