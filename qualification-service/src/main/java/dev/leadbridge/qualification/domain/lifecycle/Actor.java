package dev.leadbridge.qualification.domain.lifecycle;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person acting on a lead: the token's subject, which for reps is the rep id, their roles, and for managers the
 * teams they lead (none named: every team, as for a head of sales).
 */
public record Actor(String id, Set<Role> roles, Set<String> teams) {

    public Actor {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
        teams = Set.copyOf(teams);
    }

    /** An actor whose token names no teams. */
    public Actor(String id, Set<Role> roles) {
        this(id, roles, Set.of());
    }

    /** The actor of a token that names no teams. */
    public static Actor of(String subject, Collection<String> groups) {
        return of(subject, groups, Set.of());
    }

    /** The actor of a token, keeping the groups that are roles of the contract and ignoring the rest. */
    public static Actor of(String subject, Collection<String> groups, Collection<String> teams) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups.stream().map(Role::fromWire).flatMap(Optional::stream).forEach(roles::add);
        return new Actor(subject, roles, Set.copyOf(teams));
    }

    boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * Whether this manager leads the team: a manager whose token names no teams leads them all, including the
     * "team" of a lead not routed yet (null).
     */
    boolean leads(String teamId) {
        return has(Role.MANAGER) && (teams.isEmpty() || teamId != null && teams.contains(teamId));
    }
}
