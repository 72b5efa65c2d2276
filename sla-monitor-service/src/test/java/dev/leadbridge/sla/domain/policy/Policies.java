package dev.leadbridge.sla.domain.policy;

import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.MqlReason;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Valid business-time policies for the selection tests, differing in what they match and how long they allow. */
final class Policies {

    private Policies() {
    }

    static SlaPolicy policy(String id, Duration acceptWithin, Set<Grade> grades, Set<Channel> channels,
                            Set<MqlReason> mqlReasons) {
        return new SlaPolicy(id, new MatchCriteria(grades, channels, mqlReasons), acceptWithin, TimeMode.BUSINESS,
                0.75, CalendarChoice.ownersTeam(), List.of());
    }

    static SlaPolicy everyLead(String id, Duration acceptWithin) {
        return policy(id, acceptWithin, Set.of(), Set.of(), Set.of());
    }
}
