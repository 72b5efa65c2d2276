package dev.leadbridge.qualification.domain.routing;

import dev.leadbridge.events.payload.AssignmentReason;
import java.util.Map;
import java.util.Objects;

/**
 * Where a lead went and why: the owner (or the team queue), the rule that chose the team, the reason, and an
 * explanation for the audit log on the lead. Maps onto {@code lead.assigned}.
 */
public sealed interface RoutingDecision {

    String teamId();

    /**
     * The routing rule that chose, {@link RoutingTable#DEFAULT_RULE_ID} or
     * {@link RoutingTable#ACCOUNT_MATCH_RULE_ID}.
     */
    String ruleId();

    AssignmentReason reason();

    String explanation();

    /** The lead has an owner. */
    record Assigned(String repId, String teamId, String ruleId, AssignmentReason reason, String explanation)
            implements RoutingDecision {

        public Assigned {
            Objects.requireNonNull(repId, "repId");
            Objects.requireNonNull(teamId, "teamId");
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    /**
     * No rep of the team could take the lead; it waits in the team's queue.
     *
     * @param unavailable why each rep of the team could not take it
     */
    record Queued(String teamId, String ruleId, String explanation, Map<String, Ineligibility> unavailable)
            implements RoutingDecision {

        public Queued {
            Objects.requireNonNull(teamId, "teamId");
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(explanation, "explanation");
            unavailable = Map.copyOf(unavailable);
        }

        @Override
        public AssignmentReason reason() {
            return AssignmentReason.QUEUE_NO_REP_AVAILABLE;
        }
    }
}
