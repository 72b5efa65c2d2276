package dev.leadbridge.intake;

import static io.restassured.RestAssured.given;

import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.payload.LeadUpdated;
import dev.leadbridge.events.privacy.PersonalData;
import dev.leadbridge.events.privacy.PersonalDataKey;
import dev.leadbridge.infrastructure.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.Map;

/** Requests as integrations and admins send them, for intake's tests. */
public final class IntakeFixtures {

    private static String integrationKey;

    private IntakeFixtures() {
    }

    /** An API key created through the admin API, once per test run. */
    public static synchronized String integrationKey() {
        if (integrationKey == null) {
            integrationKey = createApiKey("test-integration");
        }
        return integrationKey;
    }

    public static String createApiKey(String name) {
        return given().auth().oauth2(TestTokens.token("admin-1", "admin"))
                .contentType(ContentType.JSON).body(Map.of("name", name))
                .when().post("/api/v1/api-keys")
                .then().statusCode(201)
                .extract().path("key");
    }

    /** The single number a counting query answers, e.g. {@code SELECT count(*) FROM lead WHERE email = $1}. */
    public static long count(Pool database, String query, Object... parameters) {
        return database.preparedQuery(query).execute(Tuple.from(parameters)).await().atMost(Duration.ofSeconds(5))
                .iterator().next().getLong(0);
    }

    /** A request from the test integration. */
    public static RequestSpecification asIntegration() {
        return given().header("X-Api-Key", integrationKey());
    }

    /** Captures a minimal lead as the test integration; returns its id. */
    public static String captureLead(String email) {
        return asIntegration().contentType(ContentType.JSON)
                .body(Map.of("email", email, "consent", Map.of("marketingOptIn", true)))
                .when().post("/api/v1/leads")
                .then().statusCode(202)
                .extract().path("leadId");
    }

    /** The services' own key, as the test profile configures it. */
    public static final String SERVICE_KEY = "test-service-key-not-secret";

    /** The lead's personal-data key, as a LeadBridge service reads it from intake. */
    public static PersonalDataKey keyOf(String leadId) {
        return PersonalDataKey.fromBase64(given().header("X-Api-Key", SERVICE_KEY)
                .when().get("/internal/v1/lead-keys/{leadId}", leadId)
                .then().statusCode(200).extract().path("key"));
    }

    /** A capture as published, with the person's sealed fields opened by the lead's key. */
    public static LeadCaptured opened(LeadCaptured captured) {
        return PersonalData.open(captured, keyOf(captured.leadId().toString()));
    }

    /** An update as published, with the person's sealed fields opened by the lead's key. */
    public static LeadUpdated opened(LeadUpdated updated) {
        return PersonalData.open(updated, keyOf(updated.leadId().toString()));
    }
}
