package dev.leadbridge.qualification.domain.routing;

import java.time.Instant;
import java.util.Objects;

/**
 * A rep's routing state, which the caller keeps between assignments: routing is a pure function of it, and returns
 * the new state with every decision.
 *
 * @param openLeads      leads the rep owns that are not closed (assigned, accepted, converted), against capacity
 * @param credit         the rep's smooth-weighted-round-robin counter in their team; see {@link Router}
 * @param lastAssignedAt when the rep last got a lead, {@link #NEVER} if never: breaks ties between equal credits
 */
public record RepLoad(String repId, int openLeads, long credit, Instant lastAssignedAt) {

    /** The {@code lastAssignedAt} of a rep who has never been assigned a lead; earlier than any real instant. */
    public static final Instant NEVER = Instant.MIN;

    public RepLoad {
        Objects.requireNonNull(repId, "repId");
        Objects.requireNonNull(lastAssignedAt, "lastAssignedAt");
        if (openLeads < 0) {
            throw new IllegalArgumentException("openLeads must not be negative, was " + openLeads);
        }
    }

    /** The state of a rep new to the rotation. */
    public static RepLoad initial(String repId) {
        return new RepLoad(repId, 0, 0, NEVER);
    }

    RepLoad withCredit(long newCredit) {
        return new RepLoad(repId, openLeads, newCredit, lastAssignedAt);
    }

    RepLoad assigned(Instant at) {
        return new RepLoad(repId, openLeads + 1, credit, at);
    }

    /** The rep's state once one of their open leads no longer counts against their capacity. */
    RepLoad released() {
        return new RepLoad(repId, Math.max(0, openLeads - 1), credit, lastAssignedAt);
    }
}
