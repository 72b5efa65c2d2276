package dev.leadbridge.qualification.domain.lifecycle;

import java.util.Set;

/**
 * How much of a lead a person may read: a rep the leads they own or owned, a manager their teams' leads, marketing
 * every lead without the person's contact data (e-mail, phone, name). Anyone else reads nothing, and is told nothing
 * about the lead.
 */
public enum LeadVisibility {
    FULL,
    WITHOUT_CONTACT,
    NONE;

    /**
     * @param teamId     the team the lead was last routed to; null before routing
     * @param ownersEver every rep who owned the lead, its current owner included
     */
    public static LeadVisibility of(Actor actor, String teamId, Set<String> ownersEver) {
        if (actor.leads(teamId)) {
            return FULL;
        }
        if (actor.has(Role.REP) && ownersEver.contains(actor.id())) {
            return FULL;
        }
        if (actor.has(Role.MARKETING)) {
            return WITHOUT_CONTACT;
        }
        return NONE;
    }

    /** Whether a manager may list the inbox of a rep of {@code repTeamId}. */
    /** A team's queue of MQLs waiting for a rep is its managers' to hand out. */
    public static boolean mayReadQueueOf(Actor actor, String teamId) {
        return actor.leads(teamId);
    }

    public static boolean mayListInboxOf(Actor actor, String repId, String repTeamId) {
        return actor.id().equals(repId) || actor.leads(repTeamId);
    }
}
