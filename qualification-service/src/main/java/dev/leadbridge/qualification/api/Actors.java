package dev.leadbridge.qualification.api;

import dev.leadbridge.qualification.domain.lifecycle.Actor;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The person behind a request, from their token: subject, roles, and the teams a manager leads. */
final class Actors {

    /** The claim naming the teams a manager leads; absent, they lead every team. */
    static final String TEAMS_CLAIM = "teams";

    private Actors() {
    }

    static Actor of(SecurityIdentity identity) {
        return Actor.of(identity.getPrincipal().getName(), identity.getRoles(), teamsOf(identity));
    }

    private static List<String> teamsOf(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token) || !token.containsClaim(TEAMS_CLAIM)) {
            return List.of();
        }
        Object claim = token.getClaim(TEAMS_CLAIM);
        if (claim instanceof JsonArray array) {
            return array.stream().filter(JsonString.class::isInstance).map(value -> ((JsonString) value).getString())
                    .toList();
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim instanceof String single ? List.of(single) : List.of();
    }
}
