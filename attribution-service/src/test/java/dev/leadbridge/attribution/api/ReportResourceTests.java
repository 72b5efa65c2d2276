package dev.leadbridge.attribution.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_attribution"))
class ReportResourceTests {

    private static final String PROBLEM = "application/problem+json";
    private static final String VALIDATION = "urn:leadbridge:problem:validation";

    @Test
    void rejectsRangeThatDoesNotEndAfterItStarts() {
        given().auth().oauth2(marketing())
                .queryParam("model", "linear")
                .queryParam("from", "2026-11-01T00:00:00Z").queryParam("to", "2026-11-01T00:00:00Z")
                .when().get("/api/v1/attribution")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo(VALIDATION))
                .body("errors.field", hasItem("from"));
        given().auth().oauth2(marketing())
                .queryParam("from", "2026-12-01T00:00:00Z").queryParam("to", "2026-11-01T00:00:00Z")
                .when().get("/api/v1/funnel")
                .then().statusCode(400).contentType(PROBLEM).body("type", equalTo(VALIDATION));
    }

    @Test
    void rejectsUnknownModelGroupingAndMalformedInstant() {
        given().auth().oauth2(marketing())
                .queryParam("model", "last_click").queryParam("groupBy", "planet").queryParam("from", "yesterday")
                .when().get("/api/v1/attribution")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("model"))
                .body("errors.field", hasItem("groupBy"))
                .body("errors.field", hasItem("from"));
        given().auth().oauth2(marketing()).queryParam("groupBy", "planet")
                .when().get("/api/v1/lead-quality")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("groupBy"));
    }

    @Test
    void answersEveryModelForAnEmptyRange() {
        for (String model : new String[] {"first_touch", "last_touch", "linear", "time_decay", "u_shaped", "w_shaped",
                "full_path", "markov", "shapley"}) {
            given().auth().oauth2(marketing())
                    .queryParam("model", model).queryParam("groupBy", "campaign")
                    .queryParam("from", "1999-01-01T00:00:00Z").queryParam("to", "1999-02-01T00:00:00Z")
                    .when().get("/api/v1/attribution")
                    .then().statusCode(200).body("model", equalTo(model)).body("deals", equalTo(0));
        }
    }

    @Test
    void comparesNoModelsOrUnknownOnesWithAProblem() {
        for (String models : new String[] {"", " , ", "linear,last_click"}) {
            given().auth().oauth2(marketing()).queryParam("models", models)
                    .when().get("/api/v1/attribution/compare")
                    .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("models"));
        }
        given().auth().oauth2(marketing()).when().get("/api/v1/attribution/compare")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("models"));
        given().auth().oauth2(marketing()).queryParam("models", "linear").queryParam("groupBy", "planet")
                .when().get("/api/v1/attribution/compare")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("groupBy"));
        given().queryParam("models", "linear").when().get("/api/v1/attribution/compare").then().statusCode(401);
        given().auth().oauth2(TestTokens.token("rep-1", "rep")).queryParam("models", "linear")
                .when().get("/api/v1/attribution/compare").then().statusCode(403);
    }

    @Test
    void requiresToken() {
        given().queryParam("model", "linear").when().get("/api/v1/attribution")
                .then().statusCode(401);
        given().when().get("/api/v1/funnel").then().statusCode(401);
        given().when().get("/api/v1/lead-quality").then().statusCode(401);
    }

    @Test
    void keepsRevenueAndLeadQualityFromReps() {
        given().auth().oauth2(TestTokens.token("rep-1", "rep")).queryParam("model", "linear")
                .when().get("/api/v1/attribution").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("rep-1", "rep"))
                .when().get("/api/v1/lead-quality").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("rep-1", "rep"))
                .when().get("/api/v1/funnel").then().statusCode(200);
    }

    private static String marketing() {
        return TestTokens.token("mia", "marketing");
    }
}
