package dev.leadbridge.sla.domain.policy;

import dev.leadbridge.platform.validation.Lenient;
import dev.leadbridge.platform.validation.Problems;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.Grade;
import dev.leadbridge.events.payload.MqlReason;
import java.util.Set;

/**
 * Which leads a policy covers. Each set restricts one trait of the lead; an empty set places no restriction, so the
 * criteria with three empty sets match every lead.
 */
public record MatchCriteria(Set<Grade> grades, Set<Channel> channels, Set<MqlReason> mqlReasons) {

    /** Every lead. */
    public static final MatchCriteria ANY = new MatchCriteria(Set.of(), Set.of(), Set.of());

    public MatchCriteria {
        grades = Lenient.set(grades);
        channels = Lenient.set(channels);
        mqlReasons = Lenient.set(mqlReasons);
    }

    /**
     * Whether a lead with these traits is covered. Grade and MQL reason are {@code null} for a lead that entered the
     * cycle late without them, and then only match an unrestricted trait.
     */
    public boolean matches(Grade grade, Channel channel, MqlReason mqlReason) {
        return allows(grades, grade) && allows(channels, channel) && allows(mqlReasons, mqlReason);
    }

    /** Whether the criteria restrict nothing, so the policy is a default. */
    public boolean matchesEveryLead() {
        return grades.isEmpty() && channels.isEmpty() && mqlReasons.isEmpty();
    }

    /** How many traits are restricted, 0 to 3: the first measure of how specific a policy is. */
    int restrictedTraits() {
        return Integer.bitCount(restrictedMask());
    }

    /** The restricted traits as bits weighing MQL reason over channel over grade, to break ties between counts. */
    int restrictedMask() {
        return (mqlReasons.isEmpty() ? 0 : 4) + (channels.isEmpty() ? 0 : 2) + (grades.isEmpty() ? 0 : 1);
    }

    /** How many combinations of the restricted traits match: fewer is narrower. */
    int breadth() {
        return Math.max(1, grades.size()) * Math.max(1, channels.size()) * Math.max(1, mqlReasons.size());
    }

    void validate(Problems problems, String path) {
        problems.check(!grades.contains(null), "%s.grades contains an empty entry", path);
        problems.check(!channels.contains(null), "%s.channels contains an empty entry", path);
        problems.check(!mqlReasons.contains(null), "%s.mqlReasons contains an empty entry", path);
    }

    private static <T> boolean allows(Set<T> allowed, T value) {
        return allowed.isEmpty() || allowed.contains(value);
    }
}
