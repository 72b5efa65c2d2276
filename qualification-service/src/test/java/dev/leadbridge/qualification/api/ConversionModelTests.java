package dev.leadbridge.qualification.api;

import static dev.leadbridge.qualification.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.ConversionFactor;
import dev.leadbridge.events.payload.ConversionPrediction;
import dev.leadbridge.events.payload.LeadScored;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import dev.leadbridge.qualification.application.ConversionTrainingSchedule;
import dev.leadbridge.qualification.support.Events;
import dev.leadbridge.qualification.support.Lifecycle;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Conversion models are learned from the judged leads in the database, exported and imported as documents, and
 * refused with problems when they cannot be learned or used.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_qualification"))
class ConversionModelTests {

    private static final String ACCEPTED = "/api/v1/conversion-models/accepted";

    @Inject
    Pool pool;

    @Inject
    ConversionTrainingSchedule schedule;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void learnsWhatSalesAcceptsFromJudgedLeadsAndServesItsDocumentForExportAndImport() {
        seedJudgedLeads("judged", "VP Sales", 50, "Sales Intern", 5);

        Response trained = as("marketing-1", "marketing").when().post(ACCEPTED + "/train?comment=first");
        trained.then().statusCode(200)
                .body("format", equalTo("leadbridge.conversion-model.v1"))
                .body("outcome", equalTo("accepted"))
                .body("training.positives", greaterThan(54))
                .body("holdOut.auc", greaterThan(0.75f))
                .body("holdOut.calibration.size()", equalTo(10))
                .body("features.signal", hasItem("seniority"));
        JsonPath model = trained.jsonPath();
        assertThat(weight(model, "seniority=vp")).isGreaterThan(weight(model, "seniority=student"));

        Response again = as("marketing-1", "marketing").when().post(ACCEPTED + "/train");
        again.then().statusCode(200);
        assertThat(again.jsonPath().getList("features")).as("the same outcomes train the same model")
                .isEqualTo(model.getList("features"));
        String exported = as("admin-1", "admin").when().get(ACCEPTED).then().statusCode(200)
                .header("ETag", equalTo(again.header("ETag"))).extract().asString();

        as("admin-1", "admin").contentType(ContentType.JSON).body(exported).when().put(ACCEPTED + "?comment=back")
                .then().statusCode(200);
        CompletableFuture<Integer> once = CompletableFuture.supplyAsync(() -> importStatus(exported));
        CompletableFuture<Integer> twice = CompletableFuture.supplyAsync(() -> importStatus(exported));
        assertThat(List.of(once.join(), twice.join())).as("imported twice at once").containsOnly(200);
        assertThat(as("admin-1", "admin").when().get(ACCEPTED).jsonPath().getList("features"))
                .isEqualTo(model.getList("features"));

        as("marketing-1", "marketing").when().get(ACCEPTED + "/segments").then().statusCode(200)
                .body("outcome", equalTo("accepted"))
                .body("judgedLeads", greaterThan(119))
                .body("segments.channel.value", hasItem("event"))
                .body("segments.grade.size()", greaterThan(0))
                .body("segments.campaign.find { it.value == 'unknown' }.leads", greaterThan(119));
    }

    @Test
    void everyLeadScoredAfterwardsCarriesItsChanceOfAcceptanceUnderTheModelInUseOnItsEventAndItsPage() {
        seedJudgedLeads("chances", "VP Sales", 55, "Sales Intern", 2);
        int version = as("marketing-1", "marketing").when().post(ACCEPTED + "/train").then().statusCode(200)
                .extract().header("ETag").replaceAll("\\D", "").transform(Integer::parseInt);
        UUID vp = UUID.randomUUID();
        UUID intern = UUID.randomUUID();
        UUID logged = UUID.randomUUID();
        String rep = "chances-" + logged;

        try (TopicWriter writer = new TopicWriter(bootstrapServers)) {
            Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, logged.toString(),
                    Events.lead(logged, "VP Sales", 300, "Software", null, LifecycleStage.ACCEPTED, rep));
            Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, vp.toString(),
                    Events.lead(vp, "VP Sales", 300, "Software", null, LifecycleStage.CAPTURED, null));
            Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, intern.toString(),
                    Events.lead(intern, "Sales Intern", 300, "Software", null, LifecycleStage.CAPTURED, null));
        }

        ConversionPrediction vpChance = scored(vp).pAccept();
        ConversionPrediction internChance = scored(intern).pAccept();
        assertThat(vpChance.modelVersion()).isEqualTo(version);
        assertThat(vpChance.probability()).isGreaterThan(internChance.probability() + 0.5);
        assertThat(internChance.topFactors()).extracting(ConversionFactor::feature).contains("seniority=student");
        as("marketing-1", "marketing").when().get("/api/v1/leads/{id}", intern).then().statusCode(200)
                .body("score.pAccept.probability", equalTo((float) internChance.probability()))
                .body("score.pAccept.modelVersion", equalTo(version))
                .body("score.pAccept.topFactors.feature", hasItem("seniority=student"));
        assertThat(as(rep, "rep").when().get("/api/v1/leads?owner=me").then().statusCode(200)
                .extract().jsonPath().getDouble("[0].pAccept")).isEqualTo(scored(logged).pAccept().probability());
    }

    private LeadScored scored(UUID leadId) {
        return Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_SCORED, LeadScored.class, 1).get(0);
    }

    @Test
    void theScheduleRelearnsEveryOutcomeWithEnoughJudgedLeadsAndSaysWhyItSkipsTheOthers() throws Throwable {
        seedJudgedLeads("scheduled", "Chief Revenue Officer", 45, "Sales Apprentice", 15);
        String before = inUse();

        Map<String, String> trained = VertxContextSupport.subscribeAndAwait(schedule::run);

        assertThat(trained.get("accepted")).startsWith("version ");
        assertThat(trained.get("won")).startsWith("Too few judged leads to learn won from");
        assertThat(inUse()).isNotEqualTo(before);
    }

    @Test
    void suggestsTheScoringRulesWhosePointsSalesDisagreesWith() {
        seedJudgedLeads("rules", "Head of Operations", 10, "Operations Analyst", 50);

        as("marketing-1", "marketing").when().get("/api/v1/scoring-model/suggestions")
                .then().statusCode(200)
                .body("outcome", equalTo("accepted"))
                .body("judgedLeads", greaterThan(119))
                .body("suggestions.ruleId", hasItem("title-director"))
                .body("suggestions.ruleId", not(hasItem("title-individual")))
                .body("suggestions.find { it.ruleId == 'title-director' }.averagePoints", greaterThan(0f))
                .body("suggestions.find { it.ruleId == 'title-director' }.explanation",
                        containsString("try fewer points in a backtest"));
        as("marketing-1", "marketing").when().get("/api/v1/scoring-model/suggestions?outcome=liked")
                .then().statusCode(400).body("errors.field", hasItem("outcome"));
        as("manager-1", "manager").when().get("/api/v1/scoring-model/suggestions").then().statusCode(403);
    }

    @Test
    void tooFewOutcomesAMalformedOrMismatchedModelAndStrangersAreRefusedAndTheModelInUseStays() {
        as("marketing-1", "marketing").when().post("/api/v1/conversion-models/won/train")
                .then().statusCode(409).contentType("application/problem+json");
        as("marketing-1", "marketing").when().get("/api/v1/conversion-models/won/segments")
                .then().statusCode(404).contentType("application/problem+json");
        as("marketing-1", "marketing").when().post("/api/v1/conversion-models/liked/train")
                .then().statusCode(400).body("errors.field", hasItem("outcome"));
        String inUse = inUse();
        as("admin-1", "admin").contentType(ContentType.JSON)
                .body("{\"format\": \"leadbridge.conversion-model.v1\", \"outcome\": \"accepted\", \"intercept\": 0,"
                        + " \"features\": [{\"signal\": \"shoe-size\", \"mean\": 0, \"scale\": 1, \"average\": 0,"
                        + " \"weight\": 1}]}")
                .when().put(ACCEPTED).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("features[0].signal"));
        as("admin-1", "admin").contentType(ContentType.JSON).body("{\"format\": ")
                .when().put(ACCEPTED).then().statusCode(400);
        as("admin-1", "admin").contentType(ContentType.JSON)
                .body("{\"format\": \"leadbridge.conversion-model.v1\", \"outcome\": \"won\", \"intercept\": 0,"
                        + " \"features\": [{\"signal\": \"fit\", \"mean\": 0, \"scale\": 1, \"average\": 0,"
                        + " \"weight\": 1}]}")
                .when().put(ACCEPTED).then().statusCode(400);
        assertThat(inUse()).isEqualTo(inUse);
        given().when().post(ACCEPTED + "/train").then().statusCode(401);
        as("manager-1", "manager").when().post(ACCEPTED + "/train").then().statusCode(403);
        as("rep-1", "rep").when().get(ACCEPTED).then().statusCode(403);
    }

    /** The status and version of the model in use: 404 and none before the first, 200 and its ETag after. */
    private static String inUse() {
        Response current = as("admin-1", "admin").when().get(ACCEPTED);
        return current.statusCode() + " " + current.header("ETag");
    }

    private static int importStatus(String document) {
        return as("admin-1", "admin").contentType(ContentType.JSON).body(document).when().put(ACCEPTED)
                .statusCode();
    }

    private static double weight(JsonPath model, String feature) {
        String[] parts = feature.split("=");
        return model.getDouble("features.find { it.signal == '" + parts[0] + "' && it.level == '" + parts[1]
                + "' }.weight");
    }

    /**
     * 120 judged leads: of 60 with the first title sales accepted {@code acceptedFirst}, of 60 with the second
     * {@code acceptedSecond}, all else alike; written straight into the lead table as the lifecycle leaves them.
     */
    private void seedJudgedLeads(String prefix, String first, int acceptedFirst, String second, int acceptedSecond) {
        pool.query("""
                INSERT INTO lead (id, stage, email, job_title, company_domain, company_size, industry, country,
                                  channel, captured_at, updated_at, version, accepted_at, rejection_reason)
                SELECT gen_random_uuid(),
                       CASE WHEN accepted THEN 'ACCEPTED' ELSE 'REJECTED' END,
                       'PREFIX' || i || '@PREFIX' || i || '.example',
                       CASE WHEN i <= 60 THEN 'FIRST' ELSE 'SECOND' END,
                       'PREFIX' || i || '.example', 300, 'Software', 'GB', 'EVENT',
                       now() - i * interval '1 hour', now(), 0,
                       CASE WHEN accepted THEN now() END, CASE WHEN NOT accepted THEN 'NOT_A_FIT' END
                FROM (SELECT i, (i <= ACCEPTED_FIRST) OR (i > 60 AND i <= 60 + ACCEPTED_SECOND) AS accepted
                      FROM generate_series(1, 120) AS i) AS judged"""
                .replace("ACCEPTED_FIRST", Integer.toString(acceptedFirst))
                .replace("ACCEPTED_SECOND", Integer.toString(acceptedSecond))
                .replace("PREFIX", prefix).replace("FIRST", first).replace("SECOND", second))
                .execute().await().indefinitely();
    }
}
