package dev.leadbridge.sla.application;

import dev.leadbridge.sla.domain.policy.PolicySelector;
import dev.leadbridge.sla.domain.policy.SlaPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The whole set of SLA policies, replaced at once: exactly one of them must be the catch-all. */
public record PolicySetDefinition(List<PolicyDefinition> policies) {

    /**
     * Every problem with the set, each starting with the offending field ({@code policies[1].acceptWithin ...});
     * empty when it can be used. {@code calendarIds} are the calendars that exist.
     */
    public List<String> validate(Set<String> calendarIds) {
        List<String> problems = new ArrayList<>();
        List<SlaPolicy> domain = toDomain(problems);
        problems.addAll(PolicySelector.validate(domain));
        List<PolicyDefinition> all = policies == null ? List.of() : policies;
        for (int i = 0; i < all.size(); i++) {
            PolicyDefinition policy = all.get(i);
            if (policy != null && policy.calendarId() != null && !calendarIds.contains(policy.calendarId())) {
                problems.add("policies[" + i + "].calendarId '" + policy.calendarId() + "' is no known calendar");
            }
        }
        return problems;
    }

    /** The selector over a valid set. */
    PolicySelector selector() {
        return new PolicySelector(toDomain(new ArrayList<>()));
    }

    private List<SlaPolicy> toDomain(List<String> problems) {
        List<PolicyDefinition> all = policies == null ? List.of() : policies;
        List<SlaPolicy> domain = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            PolicyDefinition policy = all.get(i);
            domain.add(policy == null ? null : policy.toDomain("policies[" + i + "]", problems));
        }
        return domain;
    }
}
