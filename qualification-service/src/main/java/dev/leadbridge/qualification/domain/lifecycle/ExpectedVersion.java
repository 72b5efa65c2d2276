package dev.leadbridge.qualification.domain.lifecycle;

import java.util.Set;

/**
 * The versions of a lead a caller is prepared to act on, from an {@code If-Match} header: a client that read version 3
 * and acts with {@code If-Match: "3"} must not change a lead somebody else moved on meanwhile.
 */
public record ExpectedVersion(Set<Long> versions, boolean any) {

    /** No precondition: act on whatever version the lead has. */
    public static final ExpectedVersion ANY = new ExpectedVersion(Set.of(), true);

    public ExpectedVersion {
        versions = Set.copyOf(versions);
    }

    public static ExpectedVersion oneOf(Set<Long> versions) {
        return new ExpectedVersion(versions, false);
    }

    public boolean allows(long version) {
        return any || versions.contains(version);
    }
}
