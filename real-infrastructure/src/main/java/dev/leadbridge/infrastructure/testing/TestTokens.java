package dev.leadbridge.infrastructure.testing;

import dev.leadbridge.infrastructure.jwt.JwtKeys;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Bearer tokens for tests, signed with the per-run key that the service under test trusts. */
public final class TestTokens {

    private TestTokens() {
    }

    /** A token for {@code subject} (a rep id, say) holding the given roles. */
    public static String token(String subject, String... roles) {
        return keys().token(subject, Set.of(roles), Duration.ofMinutes(30));
    }

    /** A manager's token naming the teams they lead (the {@code teams} claim). */
    public static String managerOf(String subject, String... teams) {
        return keys().token(subject, Set.of("manager"), Map.of("teams", List.of(teams)), Duration.ofMinutes(30));
    }

    /** A token that expired a minute ago. */
    public static String expiredToken(String subject, String... roles) {
        return keys().token(subject, Set.of(roles), Duration.ofMinutes(-1));
    }

    private static JwtKeys keys() {
        return JwtKeys.in(RealInfrastructureTestResource.TEST_JWT_DIR);
    }
}
