package dev.leadbridge.qualification.domain.lifecycle;

import static dev.leadbridge.events.payload.LifecycleStage.ACCEPTED;
import static dev.leadbridge.events.payload.LifecycleStage.ASSIGNED;
import static dev.leadbridge.events.payload.LifecycleStage.CAPTURED;
import static dev.leadbridge.events.payload.LifecycleStage.CLOSED_LOST;
import static dev.leadbridge.events.payload.LifecycleStage.CLOSED_WON;
import static dev.leadbridge.events.payload.LifecycleStage.CONVERTED;
import static dev.leadbridge.events.payload.LifecycleStage.MQL;
import static dev.leadbridge.events.payload.LifecycleStage.RECYCLED;
import static dev.leadbridge.events.payload.LifecycleStage.REJECTED;
import static dev.leadbridge.events.payload.LifecycleStage.SCORED;

import dev.leadbridge.events.payload.LifecycleStage;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Everything that moves a lead through its lifecycle, with the stages it may start from and the stage it leads to.
 * This table is the lifecycle of DESIGN.md; {@link LeadLifecycle} enforces it.
 */
public enum LeadAction {

    /** First scoring of a captured lead, or re-scoring of a recycled one. Re-scoring in place is no transition. */
    SCORE(SCORED, Performer.SYSTEM, EnumSet.of(CAPTURED, RECYCLED)),
    /** The MQL criteria are met; a recycled lead may qualify straight away on re-scoring. */
    QUALIFY(MQL, Performer.SYSTEM, EnumSet.of(SCORED, RECYCLED)),
    /** Routing gave the MQL an owner. A queued lead stays an MQL until then. */
    ASSIGN(ASSIGNED, Performer.SYSTEM, EnumSet.of(MQL)),
    /** A manager hands an MQL waiting in its team's queue to a rep of their choosing. */
    HAND_OVER(ASSIGNED, Performer.MANAGER, EnumSet.of(MQL)),
    /**
     * A new owner after an SLA escalation or a manager's decision; the lead stays in its stage, so a rep who leaves
     * strands no lead, accepted or converted ones included.
     */
    REASSIGN(null, Performer.MANAGER, EnumSet.of(ASSIGNED, ACCEPTED, CONVERTED)),
    /** Sales accepts the lead: it becomes a sales-accepted lead (SAL). */
    ACCEPT(ACCEPTED, Performer.OWNER_OR_MANAGER, EnumSet.of(ASSIGNED)),
    /**
     * Sales rejects the lead with a reason, before or after accepting it (a SAL found not to be a fit is
     * disqualified); it is then recycled to nurture.
     */
    REJECT(REJECTED, Performer.OWNER_OR_MANAGER, EnumSet.of(ASSIGNED, ACCEPTED)),
    /** Back to nurture: after a rejection, or when an unassigned MQL's score decayed below the line. */
    RECYCLE(RECYCLED, Performer.SYSTEM, EnumSet.of(REJECTED, MQL)),
    /** The accepted lead became an opportunity. */
    CONVERT(CONVERTED, Performer.OWNER_OR_MANAGER, EnumSet.of(ACCEPTED)),
    CLOSE_WON(CLOSED_WON, Performer.OWNER_OR_MANAGER, EnumSet.of(CONVERTED)),
    /** The deal is lost, as an opportunity or already as an accepted lead that never became one. */
    CLOSE_LOST(CLOSED_LOST, Performer.OWNER_OR_MANAGER, EnumSet.of(ACCEPTED, CONVERTED));

    /** Who may take an action. */
    public enum Performer {
        /** The service itself (event consumers, schedulers); never a person over the API. */
        SYSTEM,
        MANAGER,
        /** The rep who owns the lead, or a manager. */
        OWNER_OR_MANAGER
    }

    private final LifecycleStage target;
    private final Performer performer;
    private final Set<LifecycleStage> sources;

    /** @param target null for an action that keeps the lead in its stage */
    LeadAction(LifecycleStage target, Performer performer, Set<LifecycleStage> sources) {
        this.target = target;
        this.performer = performer;
        this.sources = sources;
    }

    /** The stage a lead in {@code from} is in after the action: its own stage for an action that keeps it. */
    public LifecycleStage target(LifecycleStage from) {
        return target == null ? from : target;
    }

    public Performer performer() {
        return performer;
    }

    /** Whether the action may be taken on a lead in {@code stage}. */
    public boolean allowedFrom(LifecycleStage stage) {
        return sources.contains(stage);
    }

    /** The action in lower case words, for messages ("close won"). */
    public String words() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
