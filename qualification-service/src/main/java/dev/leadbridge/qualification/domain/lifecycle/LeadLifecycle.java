package dev.leadbridge.qualification.domain.lifecycle;

import dev.leadbridge.events.payload.LifecycleStage;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lead lifecycle state machine:
 * <pre>
 * captured → scored → mql → assigned → accepted → converted → closed_won | closed_lost
 *              ▲       │  ▲   │  ▲ reassign │  ▲        │  ▲ reassign (the stage stays)
 *              │       │  │   │            │  └ reassign└→ closed_lost
 *              │       │  │   └──────┬─────┴→ closed_lost (lost before it became an opportunity)
 *              │       │  │          └→ rejected → recycled → scored | mql   (rejected before or after accepting)
 *              │       │  └ hand over (a manager gives a queued MQL to a rep)
 *              │       └→ recycled (score decayed before anyone took it)
 * </pre>
 * A lead may <em>enter</em> at any stage (a rep logs a trade-show contact straight as accepted): entering is not a
 * transition, and from its entry stage the lead moves on by the same rules as every other lead. Closed leads are
 * final.
 */
public final class LeadLifecycle {

    private LeadLifecycle() {
    }

    /**
     * The stage after taking {@code action} on a lead in stage {@code from}.
     *
     * @throws IllegalTransitionException if the lifecycle does not allow it
     */
    public static LifecycleStage apply(LifecycleStage from, LeadAction action) {
        Objects.requireNonNull(from, "from");
        if (!action.allowedFrom(from)) {
            throw new IllegalTransitionException(from, action);
        }
        return action.target(from);
    }

    /** Whether some action takes a lead from {@code from} to {@code to}. */
    public static boolean isLegal(LifecycleStage from, LifecycleStage to) {
        return Arrays.stream(LeadAction.values())
                .anyMatch(action -> action.allowedFrom(from) && action.target(from) == to);
    }

    /** The stages a lead in {@code from} can move to; empty for closed leads. */
    public static Set<LifecycleStage> successors(LifecycleStage from) {
        return Arrays.stream(LeadAction.values()).filter(action -> action.allowedFrom(from))
                .map(action -> action.target(from))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(LifecycleStage.class)));
    }
}
