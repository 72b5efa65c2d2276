package dev.leadbridge.qualification.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import dev.leadbridge.infrastructure.testing.Twice;
import dev.leadbridge.qualification.support.ScoringModelDrafts;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
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
    void everyVersionIsKeptWithWhoWhenAndWhyAndTheSameModelSentTwicePublishesOnce() throws Exception {
        Map<String, Object> model = ScoringModelDrafts.withHarmlessRule(current());
        List<Response> inARow = Twice.inARow(() -> publish(model, "history-check"));
        Map<String, Object> next = ScoringModelDrafts.withHarmlessRule(current());
        List<Response> atOnce = Twice.atOnce(() -> publish(next, null));

        assertThat(inARow).extracting(Response::statusCode).containsExactly(200, 200);
        assertThat(atOnce).extracting(Response::statusCode).containsExactly(200, 200);
        int first = inARow.get(0).jsonPath().getInt("version");
        assertThat(inARow.get(1).jsonPath().getInt("version")).isEqualTo(first);
        assertThat(atOnce).extracting(answer -> answer.jsonPath().getInt("version"))
                .containsExactly(first + 1, first + 1);
        assertThat(atOnce.get(0).header("ETag")).isEqualTo("\"" + (first + 1) + "\"");

        as("admin-1", "admin").when().get("/api/v1/scoring-model/versions").then().statusCode(200)
                .body("[0].version", equalTo(first + 1)).body("[0].publishedBy", equalTo("marketing-1"))
                .body("[1].version", equalTo(first)).body("[1].comment", equalTo("history-check"))
                .body("version", hasItem(1)).body("find { it.version == 1 }.publishedBy", equalTo("leadbridge"));
        as("marketing-1", "marketing").when().get("/api/v1/scoring-model/versions/{version}", first)
                .then().statusCode(200).body("version", equalTo(first))
                .body("document.fit.countries.id", hasItem(ScoringModelDrafts.harmlessRuleId(model)))
                .body("document.version", nullValue());
        as("marketing-1", "marketing").when()
                .get("/api/v1/scoring-model/versions/diff?from={from}&to={to}", first, first + 1)
                .then().statusCode(200).body("from", equalTo(first)).body("to", equalTo(first + 1))
                .body("changes.op", everyItem(org.hamcrest.Matchers.in(List.of("add", "remove", "replace"))))
                .body("changes.path", hasItem(org.hamcrest.Matchers.startsWith("/fit/countries/")));
    }

    @Test
    void aPublishBasedOnAnOlderVersionIsRefusedWith412AndPublishesNothing() {
        Response read = as("marketing-1", "marketing").when().get("/api/v1/scoring-model").andReturn();
        String tag = read.header("ETag");
        int version = read.jsonPath().getInt("version");
        assertThat(tag).isEqualTo("\"" + version + "\"");
        Map<String, Object> mine = ScoringModelDrafts.withHarmlessRule(current());
        Map<String, Object> theirs = ScoringModelDrafts.withHarmlessRule(current());

        as("admin-1", "admin").header("If-Match", tag).contentType(ContentType.JSON).body(theirs)
                .when().put("/api/v1/scoring-model").then().statusCode(200).body("version", equalTo(version + 1));
        as("marketing-1", "marketing").header("If-Match", tag).contentType(ContentType.JSON).body(mine)
                .when().put("/api/v1/scoring-model").then().statusCode(412)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("version " + (version + 1)));
        as("marketing-1", "marketing").header("If-Match", "W/\"" + (version + 1) + "\"").contentType(ContentType.JSON)
                .body(mine).when().put("/api/v1/scoring-model").then().statusCode(412);
        assertThat(current().get("version")).isEqualTo(version + 1);
        as("marketing-1", "marketing").queryParam("comment", "x".repeat(501)).contentType(ContentType.JSON)
                .body(mine).when().put("/api/v1/scoring-model").then().statusCode(400);
        assertThat(current().get("version")).isEqualTo(version + 1);
    }

    @Test
    void rollingBackPublishesTheEarlierModelAgainAsTheNextVersion() throws Exception {
        Map<String, Object> earlier = ScoringModelDrafts.withHarmlessRule(current());
        int earlierVersion = publish(earlier, null).then().statusCode(200).extract().path("version");
        publish(ScoringModelDrafts.withHarmlessRule(current()), null).then().statusCode(200);
        String tag = as("marketing-1", "marketing").when().get("/api/v1/scoring-model").header("ETag");

        List<Response> twice = Twice.inARow(() -> as("marketing-1", "marketing").header("If-Match", tag)
                .when().post("/api/v1/scoring-model/versions/{version}/rollback", earlierVersion).andReturn());

        assertThat(twice).extracting(Response::statusCode).containsExactly(200, 200);
        int restored = twice.get(0).jsonPath().getInt("version");
        assertThat(restored).isEqualTo(earlierVersion + 2);
        assertThat(twice.get(1).jsonPath().getInt("version")).isEqualTo(restored);
        assertThat(twice.get(0).jsonPath().getString("comment")).isEqualTo("rollback to version " + earlierVersion);
        assertThat(current().get("fit")).isEqualTo(withoutVersion(earlier).get("fit"));
        as("marketing-1", "marketing").when()
                .get("/api/v1/scoring-model/versions/diff?from={from}", earlierVersion)
                .then().statusCode(200).body("to", equalTo(restored)).body("changes", empty());

        as("marketing-1", "marketing").when().post("/api/v1/scoring-model/versions/{version}/rollback", 100_000)
                .then().statusCode(404).contentType("application/problem+json");
        as("marketing-1", "marketing").when().get("/api/v1/scoring-model/versions/diff")
                .then().statusCode(400).contentType("application/problem+json");
        as("rep-1", "rep").when().post("/api/v1/scoring-model/versions/{version}/rollback", earlierVersion)
                .then().statusCode(403);
        as("manager-1", "manager").when().get("/api/v1/scoring-model/versions").then().statusCode(403);
        given().when().get("/api/v1/scoring-model/versions").then().statusCode(401);
        assertThat(current().get("version")).isEqualTo(restored);
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

    private static Response publish(Map<String, Object> model, String comment) {
        RequestSpecification request = as("marketing-1", "marketing").contentType(ContentType.JSON).body(model);
        if (comment != null) {
            request.queryParam("comment", comment);
        }
        return request.when().put("/api/v1/scoring-model");
    }

    private static Map<String, Object> withoutVersion(Map<String, Object> model) {
        Map<String, Object> copy = new java.util.HashMap<>(model);
        copy.remove("version");
        return copy;
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
