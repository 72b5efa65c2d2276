package dev.leadbridge.sla.domain.policy;

import dev.leadbridge.platform.validation.Lenient;
import dev.leadbridge.platform.validation.Problems;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.platform.validation.InvalidDocumentException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the SLA policy of a lead from the admin's set: the most specific policy whose criteria match, else the one
 * default policy, which matches every lead; so every assigned lead gets a clock.
 * <p>
 * Most specific, in this order (the first difference decides):
 * <ol>
 *   <li>more restricted traits (of grade, channel and MQL reason);</li>
 *   <li>with equally many, the more telling trait restricted: MQL reason over channel over grade, so a hand-raiser
 *   policy beats a channel policy, which beats a grade policy;</li>
 *   <li>narrower: fewer matching combinations of values ({@code {A}} beats {@code {A, B}});</li>
 *   <li>stricter: the shorter {@code acceptWithin}, as a lead is better served too fast than too late;</li>
 *   <li>the smaller id, so the choice never depends on the order policies were stored in.</li>
 * </ol>
 * Constructing a selector from an invalid set throws an {@link InvalidDocumentException}; {@link #validate(List)}
 * lists the same problems without throwing.
 */
public record PolicySelector(List<SlaPolicy> policies) {

    private static final Comparator<SlaPolicy> MOST_SPECIFIC_FIRST = Comparator
            .comparingInt((SlaPolicy policy) -> -policy.match().restrictedTraits())
            .thenComparingInt(policy -> -policy.match().restrictedMask())
            .thenComparingInt(policy -> policy.match().breadth())
            .thenComparing(SlaPolicy::acceptWithin)
            .thenComparing(SlaPolicy::id);

    public PolicySelector {
        policies = Lenient.list(policies);
        InvalidDocumentException.throwIfAny("the SLA policies", validate(policies));
    }

    /**
     * Every problem with a set of policies, each starting with the offending field ({@code policies[2].id}): the
     * policies' own, ids used twice, and not exactly one default policy.
     */
    public static List<String> validate(List<SlaPolicy> policies) {
        Problems problems = new Problems();
        List<SlaPolicy> all = Lenient.list(policies);
        Map<String, Integer> firstIndexOfId = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            String path = "policies[" + i + "]";
            SlaPolicy policy = all.get(i);
            if (problems.require(policy, path)) {
                policy.validate(problems, path + ".");
                Integer first = policy.id() == null ? null : firstIndexOfId.putIfAbsent(policy.id(), i);
                problems.check(first == null, "%s.id '%s' is already used by policies[%s]", path, policy.id(), first);
            }
        }
        List<String> defaults = all.stream().filter(policy -> policy != null && policy.match().matchesEveryLead())
                .map(SlaPolicy::id).toList();
        problems.check(defaults.size() == 1, "policies has %d default policies %s; exactly one must match every lead "
                + "(no grades, channels or MQL reasons) so that every lead gets a clock", defaults.size(), defaults);
        return problems.list();
    }

    /**
     * The policy for a lead. Grade and MQL reason are {@code null} for a lead that entered the cycle late without them;
     * such a lead only matches policies that do not restrict them.
     */
    public SlaPolicy select(Grade grade, Channel channel, MqlReason mqlReason) {
        return policies.stream().filter(policy -> policy.match().matches(grade, channel, mqlReason))
                .min(MOST_SPECIFIC_FIRST).orElseThrow();
    }

    /** The policy that matches every lead, applied when no other does. */
    public SlaPolicy defaultPolicy() {
        return policies.stream().filter(policy -> policy.match().matchesEveryLead()).findFirst().orElseThrow();
    }
}
