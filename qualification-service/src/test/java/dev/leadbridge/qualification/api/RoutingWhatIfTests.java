package dev.leadbridge.qualification.api;

import static dev.leadbridge.qualification.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import dev.leadbridge.infrastructure.testing.WriteCounts;
import dev.leadbridge.qualification.support.Api;
import dev.leadbridge.qualification.support.RoutingSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A routing what-if replays the period's real decisions under a draft and writes nothing: not a row, not a record;
 * the same question gives the same answer, asked twice in a row or at once.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_qualification"))
class RoutingWhatIfTests {

    private static final String PATH = "/api/v1/routing-rules/what-if";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicWriter writer;
    /** Reps new to the rotation, so their round-robin state starts level. */
    private String first;
    private String second;

    @BeforeEach
    void setUp() {
        writer = new TopicWriter(bootstrapServers);
        String run = UUID.randomUUID().toString().substring(0, 8);
        first = "a-" + run;
        second = "b-" + run;
        RoutingSetup.frenchTeam(first, second);
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void aDraftRosterAndADraftTableAreReplayedOnThePeriodsRealDecisionsWithoutWritingAnything() {
        Instant from = Instant.now().minusSeconds(1);
        List<UUID> leads = List.of(Api.captureUntil(writer, "FR", "assigned"),
                Api.captureUntil(writer, "FR", "assigned"), Api.captureUntil(writer, "FR", "assigned"),
                Api.captureUntil(writer, "FR", "assigned"));
        assertThat(leads.stream().map(Api::ownerOf)).containsExactly(first, second, first, second);
        as(first, "rep").when().post("/api/v1/leads/{id}/accept", leads.get(0)).then().statusCode(200);
        Instant to = Instant.now().plusSeconds(1);
        WriteCounts.Snapshot before = WriteCounts.snapshot(bootstrapServers);

        String heavierFirst = "{\"reps\": [" + RoutingSetup.rep(first, "team-fr", 3, 1000) + ", "
                + RoutingSetup.rep(second, "team-fr", 1, 1000) + "], " + period(from, to) + "}";
        String answer = as("manager-1", "manager").contentType(ContentType.JSON).body(heavierFirst)
                .when().post(PATH)
                .then().statusCode(200)
                .body("draftRoster", equalTo(true))
                .body("draftTable", equalTo(false))
                .body("report.leads", equalTo(4))
                .body("report.reps.find { it.repId == '" + first + "' }.then", equalTo(2))
                .body("report.reps.find { it.repId == '" + first + "' }.draft", equalTo(3))
                .body("report.reps.find { it.repId == '" + second + "' }.draft", equalTo(1))
                .body("report.ownerChanges", equalTo(1))
                .body("report.ownerChangeExamples[0].leadId", equalTo(leads.get(3).toString()))
                .body("report.ownerChangeExamples[0].ownerDraft", equalTo(first))
                .body("report.teams.find { it.teamId == 'team-fr' }.spreadDraft", equalTo(0.0f))
                .body("report.queues.queuedDraft", equalTo(0))
                .body("truncated", equalTo(false))
                .extract().asString();

        String frenchToSpain = "{\"table\": " + RoutingSetup.TABLE.replace("[\"FR\"]", "[\"BE\"]")
                .replace("[\"ES\"]", "[\"ES\", \"FR\"]") + ", " + period(from, to) + "}";
        as("admin-1", "admin").contentType(ContentType.JSON).body(frenchToSpain)
                .when().post(PATH)
                .then().statusCode(200)
                .body("report.teams.find { it.teamId == 'team-fr' }.then", equalTo(4))
                .body("report.teams.find { it.teamId == 'team-es' }.draft", equalTo(4))
                .body("report.queues.queuedDraft", equalTo(4))
                .body("report.queues.stillQueuedDraft", equalTo(4))
                .body("report.ownerChanges", equalTo(4));

        assertThat(whatIf(heavierFirst)).as("asked again").isEqualTo(answer);
        CompletableFuture<String> once = CompletableFuture.supplyAsync(() -> whatIf(heavierFirst));
        CompletableFuture<String> twice = CompletableFuture.supplyAsync(() -> whatIf(heavierFirst));
        assertThat(List.of(once.join(), twice.join())).as("asked twice at once").containsOnly(answer);
        // anything a what-if published would be on the topics by now
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(WriteCounts.snapshot(bootstrapServers)).isEqualTo(before));
    }

    @Test
    void noDraftABackwardPeriodAndABadRosterAreProblemsAndStrangersAreRefused() {
        String period = period(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));
        String draft = "{\"reps\": [" + RoutingSetup.rep("r", "team-fr", 1, 10) + "], " + period + "}";
        as("manager-1", "manager").contentType(ContentType.JSON).body("{" + period + "}").when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("table"));
        as("manager-1", "manager").contentType(ContentType.JSON)
                .body("{\"reps\": [], " + period(Instant.parse("2026-12-01T00:00:00Z"),
                        Instant.parse("2026-11-01T00:00:00Z")) + "}")
                .when().post(PATH).then().statusCode(400).body("errors.field", hasItem("to"));
        as("manager-1", "manager").contentType(ContentType.JSON).body("{\"reps\": []}").when().post(PATH)
                .then().statusCode(400);
        as("manager-1", "manager").contentType(ContentType.JSON)
                .body(draft.replace("\"weight\": 1", "\"weight\": 0")).when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("reps[0].weight"));
        given().contentType(ContentType.JSON).body(draft).when().post(PATH).then().statusCode(401);
        as("marketing-1", "marketing").contentType(ContentType.JSON).body(draft).when().post(PATH)
                .then().statusCode(403);
        as("rep-1", "rep").contentType(ContentType.JSON).body(draft).when().post(PATH).then().statusCode(403);
    }

    private static String whatIf(String body) {
        return as("manager-1", "manager").contentType(ContentType.JSON).body(body).when().post(PATH)
                .then().statusCode(200).extract().asString();
    }

    private static String period(Instant from, Instant to) {
        return "\"from\": \"" + from + "\", \"to\": \"" + to + "\"";
    }
}
