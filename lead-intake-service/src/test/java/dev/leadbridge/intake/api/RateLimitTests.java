package dev.leadbridge.intake.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.intake.IntakeFixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitTests.LowLimits.class)
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_intake"))
class RateLimitTests {

    /** Limits low enough to reach in a test, and the test client trusted as a proxy. */
    public static class LowLimits implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "leadbridge.intake.rate-limit.per-ip-per-minute", "5",
                    "leadbridge.intake.rate-limit.per-api-key-per-minute", "8",
                    "leadbridge.intake.trusted-proxies", "127.0.0.1");
        }
    }

    @Test
    void clientIpBeyondItsLimitGets429WithRetryAfter() {
        for (int i = 0; i < 5; i++) {
            touchpointFrom("203.0.113.10").statusCode(401);
        }
        touchpointFrom("203.0.113.10")
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:leadbridge:problem:too-many-requests"));
        touchpointFrom("203.0.113.11").statusCode(401);
    }

    @Test
    void forwardedForIsBelievedOnlyPastTrustedProxies() {
        // the right-most untrusted hop counts: a client cannot escape its limit by prepending made-up addresses
        for (int i = 0; i < 5; i++) {
            touchpointFrom("198.51.100.99, 203.0.113.20").statusCode(401);
        }
        touchpointFrom("198.51.100.1, 203.0.113.20").statusCode(429);
    }

    @Test
    void apiKeyBeyondItsLimitGets429() {
        String key = IntakeFixtures.createApiKey("noisy-integration");
        for (int i = 0; i < 8; i++) {
            leadWithKey(key, i).statusCode(202);
        }
        leadWithKey(key, 99).statusCode(429).header("Retry-After", notNullValue());
    }

    /** A CRM sync sends every lead from its one server: its key's allowance is what counts, not the address's. */
    @Test
    void anIntegrationSendingFromOneAddressIsLimitedByItsKeyAlone() {
        String key = IntakeFixtures.createApiKey("crm-sync");
        for (int i = 0; i < 8; i++) {
            leadWithKey(key, "203.0.113.50", i).statusCode(202);
        }
        leadWithKey(key, "203.0.113.50", 99).statusCode(429).header("Retry-After", notNullValue());
    }

    /** Made-up keys cost their address as anonymous requests do; once it is used up, keys from it wait too. */
    @Test
    void guessingKeysUsesUpTheAddressAllowance() {
        String madeUp = "lbk_Guessing_" + "x".repeat(43);
        for (int i = 0; i < 5; i++) {
            leadWithKey(madeUp, "203.0.113.60", i).statusCode(401);
        }
        leadWithKey(madeUp, "203.0.113.60", 5).statusCode(429);
        String real = IntakeFixtures.createApiKey("behind-the-guesser");
        leadWithKey(real, "203.0.113.60", 6).statusCode(429);
        leadWithKey(real, "203.0.113.61", 7).statusCode(202);
    }

    private static ValidatableResponse touchpointFrom(String forwardedFor) {
        return given().header("X-Forwarded-For", forwardedFor).contentType(ContentType.JSON)
                .body(Map.of("type", "page_view", "visitorId", "v-1"))
                .when().post("/api/v1/touchpoints").then();
    }

    private static ValidatableResponse leadWithKey(String key, int n) {
        return leadWithKey(key, "203.0.113." + (100 + n), n);
    }

    private static ValidatableResponse leadWithKey(String key, String forwardedFor, int n) {
        return given().header("X-Api-Key", key).header("X-Forwarded-For", forwardedFor)
                .contentType(ContentType.JSON)
                .body(Map.of("email", "limited-" + n + "@engines.example", "consent", Map.of("marketingOptIn", true)))
                .when().post("/api/v1/leads").then();
    }
}
