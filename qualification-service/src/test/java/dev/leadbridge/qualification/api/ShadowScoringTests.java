package dev.leadbridge.qualification.api;

import static dev.leadbridge.qualification.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.leadbridge.events.EventType;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import dev.leadbridge.infrastructure.testing.Twice;
import dev.leadbridge.qualification.support.Api;
import dev.leadbridge.qualification.support.Events;
import dev.leadbridge.qualification.support.RoutingSetup;
import dev.leadbridge.qualification.support.ScoringModelDrafts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A draft in shadow scores every lead scored live, decides nothing, and reports how it compares. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_qualification"))
class ShadowScoringTests {

    private static final String SHADOW = "/api/v1/scoring-model/shadow";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicWriter writer;

    @BeforeEach
    void setUp() {
        writer = new TopicWriter(bootstrapServers);
        RoutingSetup.frenchTeam("fr-rep-1", "fr-rep-2");
    }

    @AfterEach
    void takeOutOfShadow() {
        as("marketing-1", "marketing").when().delete(SHADOW).then().statusCode(204);
        writer.close();
    }

    @Test
    void aStricterDraftInShadowScoresEveryLeadAndDecidesNothing() throws Exception {
        Map<String, Object> strict = ScoringModelDrafts.withHarmlessRule(ScoringModelDrafts.inUse());
        mql(strict).put("minTotal", 1_000);
        mql(strict).put("handRaisers", List.of());
        List<Response> twice = Twice.inARow(() -> as("marketing-1", "marketing").contentType(ContentType.JSON)
                .queryParam("comment", "does a higher bar cost us accepted leads?").body(strict).when().put(SHADOW));
        assertThat(twice).extracting(Response::statusCode).containsExactly(200, 200);
        int version = twice.get(0).jsonPath().getInt("version");
        assertThat(twice.get(1).jsonPath().getInt("version")).isEqualTo(version);

        Api.captureUntil(writer, "FR", "assigned");
        Api.captureUntil(writer, "FR", "assigned");
        UUID weak = UUID.randomUUID();
        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, weak.toString(), Events.weakLead(weak, null));
        Api.awaitStage(weak, "scored");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("admin-1", "admin")
                .when().get(SHADOW + "/report").then().statusCode(200)
                .body("shadowVersion", equalTo(version))
                .body("report.leads", equalTo(3))
                .body("report.live.mqls", equalTo(2))
                .body("report.draft.mqls", equalTo(0))
                .body("report.agreeing", equalTo(1)));
        as("marketing-1", "marketing").when().get(SHADOW).then().statusCode(200)
                .header("ETag", "\"" + version + "\"").body("model.mql.minTotal", equalTo(1_000));

        as("marketing-1", "marketing").when().delete(SHADOW).then().statusCode(204);
        as("marketing-1", "marketing").when().get(SHADOW).then().statusCode(404);
        as("marketing-1", "marketing").when().get(SHADOW + "/report?version={version}", version)
                .then().statusCode(200).body("report.leads", equalTo(3));
    }

    @Test
    void aBadDraftChangesNothingAndStrangersAreRefused() {
        Map<String, Object> bad = ScoringModelDrafts.inUse();
        mql(bad).put("minTotal", -1);
        as("marketing-1", "marketing").contentType(ContentType.JSON).body(bad).when().put(SHADOW)
                .then().statusCode(400).contentType("application/problem+json");
        as("marketing-1", "marketing").when().get(SHADOW).then().statusCode(404);
        as("marketing-1", "marketing").when().get(SHADOW + "/report?version=100000").then().statusCode(404);
        as("rep-1", "rep").when().get(SHADOW + "/report").then().statusCode(403);
        as("manager-1", "manager").when().delete(SHADOW).then().statusCode(403);
        given().when().get(SHADOW).then().statusCode(401);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mql(Map<String, Object> model) {
        return (Map<String, Object>) model.get("mql");
    }
}
