package dev.leadbridge.qualification.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Publishing changes the model every other test scores with, so the models published here keep the default rules'
 * effect on the leads other tests use (a strong lead still qualifies, a weak one still does not).
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_qualification"))
class ScoringModelResourceTests {

    private static final String SAMPLE = """
            {"email": "ada@engines.example", "jobTitle": "VP Marketing", "companyDomain": "engines.example",
             "companySize": 500, "industry": "Software", "country": "GB"}""";

    @Test
    void publishingAValidModelMakesItTheNextVersion() {
        Map<String, Object> model = current();
        int version = (Integer) model.get("version");
        mql(model).put("minTotal", 75);

        as("marketing-1", "marketing").contentType(ContentType.JSON).body(model)
                .when().put("/api/v1/scoring-model")
                .then().statusCode(200)
                .body("version", equalTo(version + 1))
                .body("mql.minTotal", equalTo(75));
        Map<String, Object> published = current();
        assertThat(published.get("version")).isEqualTo(version + 1);
        assertThat(mql(published).get("minTotal")).isEqualTo(75);
    }

    @Test
    void badModelIsRejectedWithEveryProblemAndTheModelInUseStays() {
        Map<String, Object> model = current();
        int version = (Integer) model.get("version");
        mql(model).put("minTotal", 0);
        model.put("grades", null);

        as("admin-1", "admin").contentType(ContentType.JSON).body(model)
                .when().put("/api/v1/scoring-model")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:leadbridge:problem:validation"))
                .body("errors.field", hasItem("mql.minTotal"))
                .body("errors.field", hasItem("grades"));
        assertThat(current().get("version")).isEqualTo(version);
    }

    @Test
    void previewScoresASampleUnderADraftWithoutPublishingIt() {
        Map<String, Object> draft = current();
        int version = (Integer) draft.get("version");
        mql(draft).put("minTotal", 500);

        as("marketing-1", "marketing").contentType(ContentType.JSON)
                .body("{\"model\": " + json(draft) + ", \"lead\": " + SAMPLE + ", \"touchpoints\": "
                        + "[{\"type\": \"pricing_page_view\", \"occurredAt\": \"2026-11-20T10:00:00Z\"}],"
                        + " \"at\": \"2026-11-20T10:00:00Z\"}")
                .when().post("/api/v1/scoring-model/preview")
                .then().statusCode(200)
                .body("score.grade", equalTo("A"))
                .body("score.engagement", equalTo(10))
                .body("score.breakdown.ruleId", hasItem("engagement-pricing-page-view"))
                .body("mql", equalTo(false))
                .body("explanation", notNullValue());
        as("marketing-1", "marketing").contentType(ContentType.JSON).body("{\"lead\": " + SAMPLE + "}")
                .when().post("/api/v1/scoring-model/preview")
                .then().statusCode(200)
                .body("modelVersion", equalTo(version))
                .body("mql", equalTo(true))
                .body("mqlReason", equalTo("score_threshold"));
        assertThat(current().get("version")).isEqualTo(version);
    }

    @Test
    void previewOfABadDraftIsAProblem() {
        Map<String, Object> draft = current();
        mql(draft).put("minTotal", -1);
        as("marketing-1", "marketing").contentType(ContentType.JSON)
                .body("{\"model\": " + json(draft) + ", \"lead\": " + SAMPLE + "}")
                .when().post("/api/v1/scoring-model/preview")
                .then().statusCode(400)
                .body("errors.field", hasItem("mql.minTotal"));
        as("marketing-1", "marketing").contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/scoring-model/preview")
                .then().statusCode(400);
    }

    @Test
    void onlyAdminsAndMarketingTuneTheModel() {
        given().when().get("/api/v1/scoring-model").then().statusCode(401);
        as("rep-1", "rep").when().get("/api/v1/scoring-model").then().statusCode(403);
        as("manager-1", "manager").contentType(ContentType.JSON).body("{}")
                .when().put("/api/v1/scoring-model").then().statusCode(403);
    }

    private static Map<String, Object> current() {
        return as("marketing-1", "marketing").when().get("/api/v1/scoring-model")
                .then().statusCode(200).extract().as(Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mql(Map<String, Object> model) {
        return (Map<String, Object>) model.get("mql");
    }

    private static String json(Map<String, Object> model) {
        try {
            return new ObjectMapper().writeValueAsString(model);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RequestSpecification as(String subject, String role) {
        return given().auth().oauth2(TestTokens.token(subject, role));
    }
}
