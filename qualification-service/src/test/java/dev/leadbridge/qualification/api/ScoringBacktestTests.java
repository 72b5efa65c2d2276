package dev.leadbridge.qualification.api;

import static dev.leadbridge.qualification.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadbridge.events.EventType;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import dev.leadbridge.infrastructure.testing.WriteCounts;
import dev.leadbridge.qualification.support.Api;
import dev.leadbridge.qualification.support.Events;
import dev.leadbridge.qualification.support.RoutingSetup;
import dev.leadbridge.qualification.support.ScoringModelDrafts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A backtest replays real leads under a draft beside the model in use and writes nothing: not a row, not a record.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_qualification"))
class ScoringBacktestTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicWriter writer;

    @BeforeEach
    void setUp() {
        writer = new TopicWriter(bootstrapServers);
        RoutingSetup.frenchTeam("fr-rep-1", "fr-rep-2");
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void aStricterDraftIsComparedOnRealLeadsAndOutcomesWithoutWritingAnything() {
        Instant start = Instant.now().minusSeconds(1);
        List<UUID> strong = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            strong.add(Api.captureUntil(writer, "FR", "assigned"));
        }
        for (int i = 0; i < 2; i++) {
            UUID weak = UUID.randomUUID();
            Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, weak.toString(), Events.weakLead(weak, null));
            Api.awaitStage(weak, "scored");
        }
        as(Api.ownerOf(strong.get(0)), "rep").when().post("/api/v1/leads/{id}/accept", strong.get(0))
                .then().statusCode(200);
        Map<String, Object> strict = ScoringModelDrafts.inUse();
        mql(strict).put("minTotal", 1_000);
        mql(strict).put("handRaisers", List.of());
        WriteCounts.Snapshot before = WriteCounts.snapshot(bootstrapServers);

        as("marketing-1", "marketing").contentType(ContentType.JSON)
                .body(request(strict, "\"from\": \"" + start + "\""))
                .when().post("/api/v1/scoring-model/backtest")
                .then().statusCode(200)
                .body("report.leads", equalTo(5))
                .body("report.live.mqls", equalTo(3))
                .body("report.draft.mqls", equalTo(0))
                .body("report.agreeing", equalTo(2))
                .body("report.agreement", equalTo(0.4f))
                .body("report.live.accepted", equalTo(1))
                .body("report.live.acceptanceRate", equalTo(1.0f))
                .body("report.draft.acceptanceRate", equalTo(null))
                .body("truncated", equalTo(false));
        as("admin-1", "admin").contentType(ContentType.JSON).body(request(strict, "\"last\": 5"))
                .when().post("/api/v1/scoring-model/backtest")
                .then().statusCode(200).body("report.leads", equalTo(5)).body("report.live.mqls", equalTo(3));

        // anything the backtest published would be on the topics by now
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(WriteCounts.snapshot(bootstrapServers)).isEqualTo(before));
    }

    @Test
    void aWindowThatIsNotOneOfLastOrFromAndABadDraftAreProblemsAndStrangersAreRefused() {
        Map<String, Object> model = ScoringModelDrafts.inUse();
        String path = "/api/v1/scoring-model/backtest";
        as("marketing-1", "marketing").contentType(ContentType.JSON).body(request(model, "\"x\": 1"))
                .when().post(path).then().statusCode(400).contentType("application/problem+json");
        as("marketing-1", "marketing").contentType(ContentType.JSON)
                .body(request(model, "\"last\": 5, \"from\": \"2026-01-01T00:00:00Z\"")).when().post(path)
                .then().statusCode(400);
        as("marketing-1", "marketing").contentType(ContentType.JSON)
                .body(request(model, "\"from\": \"2026-02-01T00:00:00Z\", \"to\": \"2026-01-01T00:00:00Z\""))
                .when().post(path).then().statusCode(400);
        as("marketing-1", "marketing").contentType(ContentType.JSON).body(request(model, "\"last\": 0"))
                .when().post(path).then().statusCode(400);
        mql(model).put("minTotal", -1);
        as("marketing-1", "marketing").contentType(ContentType.JSON).body(request(model, "\"last\": 5"))
                .when().post(path).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("mql.minTotal"));
        given().contentType(ContentType.JSON).body(request(model, "\"last\": 5")).when().post(path)
                .then().statusCode(401);
        as("manager-1", "manager").contentType(ContentType.JSON).body(request(model, "\"last\": 5"))
                .when().post(path).then().statusCode(403);
    }

    private static String request(Map<String, Object> model, String window) {
        try {
            return "{\"model\": " + JSON.writeValueAsString(model) + ", " + window + "}";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mql(Map<String, Object> model) {
        return (Map<String, Object>) model.get("mql");
    }
}
