package dev.leadbridge.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The teams a manager leads, from the {@code teams} claim of their token. A manager whose token names no teams leads
 * every team (a head of sales); every service reads the claim the same way, here.
 */
public final class ManagedTeams {

    /** The claim naming the teams a manager leads. */
    public static final String CLAIM = "teams";

    private ManagedTeams() {
    }

    /** The teams the token names; empty when it names none. */
    public static Set<String> of(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token) || !token.containsClaim(CLAIM)) {
            return Set.of();
        }
        Object claim = token.getClaim(CLAIM);
        if (claim instanceof JsonArray array) {
            return array.stream().filter(JsonString.class::isInstance)
                    .map(value -> ((JsonString) value).getString()).collect(Collectors.toUnmodifiableSet());
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        return claim instanceof String single ? Set.of(single) : Set.of();
    }

    /**
     * Whether a reader may see what belongs to {@code teamId}: ops and admins see every team, a manager the teams
     * they lead (all when the token names none).
     */
    public static boolean maySee(SecurityIdentity identity, String teamId) {
        if (identity.hasRole(Roles.OPS) || identity.hasRole(Roles.ADMIN)) {
            return true;
        }
        Set<String> teams = of(identity);
        // a lead never routed has no team: only a manager leading every team sees it (and an immutable set's
        // contains(null) would throw)
        return identity.hasRole(Roles.MANAGER) && (teams.isEmpty() || teamId != null && teams.contains(teamId));
    }
}
