package dev.leadbridge.qualification.domain.lifecycle;

/**
 * Who may act on a lead: the rep who owns it, for the actions of its owner, or a manager of its team (a manager whose
 * token names no teams leads them all); a manager alone reassigns; nobody takes the system's actions (scoring,
 * qualifying, routing, recycling) over the API.
 * <p>
 * Independent of the lead's stage, so the API can answer 403 for a stranger before it answers 409 for an illegal
 * move: a rep learns nothing about leads that are not theirs.
 */
public final class LeadAccess {

    private LeadAccess() {
    }

    /**
     * @param ownerId the rep who owns the lead; {@code null} or empty when nobody does
     * @param teamId  the team the lead was routed to; {@code null} when it never was
     */
    public static AccessDecision check(Actor actor, LeadAction action, String ownerId, String teamId) {
        if (action.performer() == LeadAction.Performer.SYSTEM) {
            return AccessDecision.forbid(action.words() + " is done by the system, not by people");
        }
        if (actor.leads(teamId)) {
            return AccessDecision.allow("a manager of its team may " + action.words() + " the lead");
        }
        if (actor.has(Role.MANAGER) && !actor.has(Role.REP)) {
            return AccessDecision.forbid("a manager may " + action.words() + " the leads of the teams they lead only");
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
