package dev.leadbridge.intake.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.intake.IntakeFixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_intake"))
class ApiKeyTests {

    private static final Map<String, Object> LEAD =
            Map.of("email", "keyholder@engines.example", "consent", Map.of("marketingOptIn", true));

    @Test
    void createdKeyCapturesLeadsUntilRevoked() {
        ValidatableResponse created = given().auth().oauth2(admin())
                .contentType(ContentType.JSON).body(Map.of("name", "crm-sync"))
                .when().post("/api/v1/api-keys")
                .then().statusCode(201)
                .body("name", equalTo("crm-sync"))
                .body("key", matchesPattern("lbk_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}"));
        String key = created.extract().path("key");
        String id = created.extract().path("id");

        capture(key).statusCode(202);

        given().auth().oauth2(admin()).when().delete("/api/v1/api-keys/{id}", id).then().statusCode(204);
        capture(key).statusCode(401).contentType("application/problem+json");
    }

    @Test
    void listingNeverShowsSecrets() {
        IntakeFixtures.createApiKey("listed-key");
        given().auth().oauth2(admin())
                .when().get("/api/v1/api-keys")
                .then().statusCode(200)
                .body("name", hasItem("listed-key"))
                .body("key", everyItem(nullValue()));
    }

    @Test
    void unknownOrMalformedKeysAreRefused() {
        capture("lbk_ABCDEFGH_" + "x".repeat(43)).statusCode(401).contentType("application/problem+json");
        capture("not-a-key").statusCode(401);
        capture("").statusCode(401);
    }

    @Test
    void captureWithoutAnyCredentialIsRefused() {
        given().contentType(ContentType.JSON).body(LEAD)
                .when().post("/api/v1/leads")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:leadbridge:problem:unauthenticated"));
    }

    @Test
    void onlyAdminsManageKeys() {
        given().when().get("/api/v1/api-keys").then().statusCode(401);
        given().auth().oauth2(TestTokens.token("rep-1", "rep"))
                .when().get("/api/v1/api-keys")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("X-Api-Key", IntakeFixtures.integrationKey())
                .when().get("/api/v1/api-keys")
                .then().statusCode(403);
    }

    @Test
    void revokingAnUnknownKeyIsNotFound() {
        given().auth().oauth2(admin())
                .when().delete("/api/v1/api-keys/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void keyNamesAreValidated() {
        given().auth().oauth2(admin())
                .contentType(ContentType.JSON).body(Map.of("name", "<script>"))
                .when().post("/api/v1/api-keys")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
    }

    private static ValidatableResponse capture(String key) {
        return given().header("X-Api-Key", key).contentType(ContentType.JSON).body(LEAD)
                .when().post("/api/v1/leads").then();
    }

    private static String admin() {
        return TestTokens.token("admin-1", "admin");
    }
}
