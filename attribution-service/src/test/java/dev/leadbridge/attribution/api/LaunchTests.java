package dev.leadbridge.attribution.api;

import static dev.leadbridge.attribution.support.Events.accepted;
import static dev.leadbridge.attribution.support.Events.captured;
import static dev.leadbridge.attribution.support.Events.mql;
import static dev.leadbridge.attribution.support.Events.publish;
import static dev.leadbridge.attribution.support.Events.rejected;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.leadbridge.attribution.support.Events;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.RejectionReason;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import dev.leadbridge.infrastructure.testing.Twice;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Launches are published as versions and reported from campaign to sales beside the launch before them. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_attribution"))
class LaunchTests {

    @Inject
    Pool database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aLaunchIsReportedFromCampaignToSalesBesideTheLaunchBeforeIt() throws Exception {
        Instant start = Events.newEpoch();
        LocalDate day = LocalDate.ofInstant(start, ZoneOffset.UTC);
        String tag = "launch-" + UUID.randomUUID();
        String launches = """
                {"launches": [
                  {"id": "TAG-old", "name": "The old one", "launchedOn": "BEFORE", "campaigns": ["TAG-old-ads"]},
                  {"id": "TAG", "name": "Routing 2.0", "launchedOn": "DAY", "campaigns": ["TAG-ads", "TAG-web"]}]}"""
                .replace("TAG", tag).replace("BEFORE", day.minusDays(20).toString()).replace("DAY", day.toString());
        List<Response> published = Twice.atOnce(() -> put(as("mia", "marketing"), launches));
        assertThat(published).extracting(Response::statusCode).containsExactly(200, 200);
        assertThat(published.get(0).header("ETag")).isEqualTo(published.get(1).header("ETag"));

        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID old = UUID.randomUUID();
        try (TopicWriter writer = new TopicWriter(bootstrapServers)) {
            publish(writer, first.toString(), captured(first, start.plusSeconds(60), Channel.PAID_SEARCH,
                    tag + "-ads", null));
            publish(writer, first.toString(), mql(first, start.plusSeconds(120), Channel.PAID_SEARCH));
            publish(writer, first.toString(), accepted(first, start.plus(Duration.ofHours(3))));
            publish(writer, second.toString(), captured(second, start.plusSeconds(90), Channel.EMAIL, tag + "-web",
                    null));
            publish(writer, second.toString(), mql(second, start.plusSeconds(150), Channel.EMAIL));
            publish(writer, second.toString(), rejected(second, start.plus(Duration.ofHours(4)),
                    RejectionReason.NO_BUDGET));
            publish(writer, old.toString(), captured(old, start.minus(Duration.ofDays(19)), Channel.EMAIL,
                    tag + "-old-ads", null));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM lead_milestone WHERE lead_id"
                + " IN ($1, $2)", first, second) == 4 && count("SELECT count(*) FROM attribution_lead WHERE id IN ($1,"
                + " $2, $3)", first, second, old) == 3);

        JsonPath report = as("boss", "manager").queryParam("asOf", start.plus(Duration.ofDays(1)).toString())
                .get("/api/v1/launches/{id}/report", tag).then().statusCode(200).extract().jsonPath();
        assertThat(report.getString("launch.launch.name")).isEqualTo("Routing 2.0");
        assertThat(report.getInt("launch.figures.leads")).isEqualTo(2);
        assertThat(report.getInt("launch.figures.mqls")).isEqualTo(2);
        assertThat(report.getInt("launch.figures.sals")).isEqualTo(1);
        assertThat(report.getDouble("launch.figures.acceptanceRate")).isEqualTo(0.5);
        assertThat(report.getInt("launch.figures.rejectionReasons.no_budget")).isEqualTo(1);
        assertThat(report.getString("launch.figures.timeToFirstSal")).isEqualTo("PT3H");
        assertThat(report.getString("previous.launch.id")).isEqualTo(tag + "-old");
        assertThat(report.getInt("previous.figures.leads")).isEqualTo(1);
        assertThat(report.getInt("previous.figures.sals")).isZero();

        String goals = """
                {"goals": [{"id": "launch-sals", "name": "SALs from the launch", "metric": "sals", "target": 2,
                  "period": {"cadence": "month", "start": "DAY"}, "scope": {"dimension": "launch", "value": "TAG"},
                  "owners": ["marketing", "sales"]}]}""".replace("DAY", day.toString()).replace("TAG", tag);
        as("mia", "marketing").contentType(ContentType.JSON).body(goals.replace(tag, "no-such-launch"))
                .put("/api/v1/goals").then().statusCode(400).body("errors.field", hasItem("goals[0].scope.value"));
        as("mia", "marketing").contentType(ContentType.JSON).body(goals).put("/api/v1/goals").then().statusCode(200);
        JsonPath progress = as("mia", "marketing").queryParam("asOf", start.plus(Duration.ofDays(1)).toString())
                .get("/api/v1/goals/progress").then().statusCode(200).extract().jsonPath();
        assertThat(progress.getInt("goals.find { it.goal.id == 'launch-sals' }.progress.actual"))
                .as("the launch's one SAL").isEqualTo(1);
    }

    @Test
    void wrongLaunchesUnknownOnesAndStrangersAreRefusedAndNothingIsStored() {
        String inForce = as("mia", "marketing").get("/api/v1/launches").then().statusCode(200).extract()
                .header("ETag");

        put(as("mia", "marketing"), """
                {"launches": [{"id": "x", "name": "", "campaigns": []}, {"id": "x", "name": "Twin",
                 "launchedOn": "2026-01-01", "campaigns": [""]}]}""")
                .then().statusCode(400).contentType("application/problem+json");
        put(as("mia", "marketing"), "{\"launches\": [{\"id\": \"x\", \"launchedOn\": \"soon\"}]}")
                .then().statusCode(400);
        put(as("mia", "marketing"), "{}").then().statusCode(400).body("errors.field", hasItem("launches"));
        as("mia", "marketing").get("/api/v1/launches").then().statusCode(200).header("ETag", inForce);
        as("mia", "marketing").get("/api/v1/launches/{id}/report", "never-" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        as("mia", "marketing").queryParam("asOf", "soon").get("/api/v1/launches/{id}/report", "x")
                .then().statusCode(400).body("errors.field", hasItem("asOf"));
        given().when().get("/api/v1/launches").then().statusCode(401);
        as("rep-1", "rep").get("/api/v1/launches").then().statusCode(403);
        put(as("admin-1", "admin"), "{\"launches\": []}").then().statusCode(403);
        as("boss", "manager").get("/api/v1/launches").then().statusCode(200).header("ETag", equalTo(inForce));
    }

    private static RequestSpecification as(String user, String role) {
        return given().auth().oauth2(TestTokens.token(user, role));
    }

    private static Response put(RequestSpecification request, String body) {
        return request.contentType(ContentType.JSON).body(body).put("/api/v1/launches");
    }

    private long count(String sql, Object... parameters) {
        return database.preparedQuery(sql).execute(Tuple.from(parameters)).await().atMost(Duration.ofSeconds(5))
                .iterator().next().getLong(0);
    }
}
