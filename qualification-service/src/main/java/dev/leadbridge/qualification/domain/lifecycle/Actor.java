package dev.leadbridge.qualification.domain.lifecycle;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person acting on a lead: the token's subject, which for reps is the rep id, and their roles.
 */
public record Actor(String id, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
    }

    /** The actor of a token, keeping the groups that are roles of the contract and ignoring the rest. */
    public static Actor of(String subject, Collection<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups.stream().map(Role::fromWire).flatMap(Optional::stream).forEach(roles::add);
        return new Actor(subject, roles);
    }

    boolean has(Role role) {
        return roles.contains(role);
    }
}
