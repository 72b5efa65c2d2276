package dev.leadbridge.qualification.domain.routing;

import java.util.List;
import java.util.Objects;

/**
 * A routing decision and the rep loads it changed, which the caller stores in the same transaction as the
 * assignment so the next decision starts from them.
 */
public record RoutingOutcome(RoutingDecision decision, List<RepLoad> changedLoads) {

    public RoutingOutcome {
        Objects.requireNonNull(decision, "decision");
        changedLoads = List.copyOf(changedLoads);
    }
}
