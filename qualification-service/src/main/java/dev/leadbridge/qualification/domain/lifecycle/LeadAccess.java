package dev.leadbridge.qualification.domain.lifecycle;

/**
 * Who may act on a lead: the rep who owns it, for the actions of its owner, or a manager; a manager alone
 * reassigns; nobody takes the system's actions (scoring, qualifying, routing, recycling) over the API.
 * <p>
 * Independent of the lead's stage, so the API can answer 403 for a stranger before it answers 409 for an illegal
 * move: a rep learns nothing about leads that are not theirs.
 */
public final class LeadAccess {

    private LeadAccess() {
    }

    /**
     * @param ownerId the rep who owns the lead; {@code null} or empty when nobody does
     */
    public static AccessDecision check(Actor actor, LeadAction action, String ownerId) {
        if (action.performer() == LeadAction.Performer.SYSTEM) {
            return AccessDecision.forbid(action.words() + " is done by the system, not by people");
        }
        if (actor.has(Role.MANAGER)) {
            return AccessDecision.allow("managers may " + action.words() + " any lead");
        }
        if (action.performer() == LeadAction.Performer.MANAGER) {
            return AccessDecision.forbid("only a manager may " + action.words() + " a lead");
        }
        boolean owner = ownerId != null && !ownerId.isEmpty() && ownerId.equals(actor.id());
        return actor.has(Role.REP) && owner
                ? AccessDecision.allow("the assigned rep may " + action.words() + " their lead")
                : AccessDecision.forbid("only the assigned rep or a manager may " + action.words() + " this lead");
    }
}
