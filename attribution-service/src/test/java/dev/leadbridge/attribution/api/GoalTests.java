package dev.leadbridge.attribution.api;

import static dev.leadbridge.attribution.support.Events.assigned;
import static dev.leadbridge.attribution.support.Events.captured;
import static dev.leadbridge.attribution.support.Events.mql;
import static dev.leadbridge.attribution.support.Events.publish;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import dev.leadbridge.attribution.support.Events;
import dev.leadbridge.events.payload.Channel;
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
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Shared goals are published as versions, refused with problems when wrong, and measured on the read model: a lead
 * that becomes an MQL in a goal's territory and week moves the goal and shows in that week's check-in.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_attribution"))
class GoalTests {

    @Inject
    Pool database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void goalsArePublishedAsVersionsMeasuredOnTheReadModelAndCheckedInWeekly() throws Exception {
        Instant start = Events.newEpoch();
        LocalDate monday = LocalDate.ofInstant(start, ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String territory = "Goal land " + UUID.randomUUID();
        String goals = """
                {"goals": [
                  {"id": "mqls-weekly", "name": "MQLs from the territory", "metric": "mqls", "target": 4,
                   "period": {"cadence": "week", "start": "MONDAY"},
                   "scope": {"dimension": "territory", "value": "TERRITORY"}, "owners": ["marketing"]},
                  {"id": "revenue", "name": "Revenue won", "metric": "revenue_won", "target": 10000,
                   "currency": "EUR", "period": {"cadence": "quarter", "start": "MONDAY"},
                   "owners": ["marketing", "sales"]}]}"""
                .replace("MONDAY", monday.toString()).replace("TERRITORY", territory);
        int before = Integer.parseInt(as("mia", "marketing").get("/api/v1/goals").then().statusCode(200)
                .extract().header("ETag").replace("\"", ""));

        List<Response> published = Twice.inARow(() -> put(as("boss", "manager"), goals));
        List<Response> again = Twice.atOnce(() -> put(as("mia", "marketing"), goals));

        assertThat(published).extracting(Response::statusCode).containsExactly(200, 200);
        assertThat(again).extracting(Response::statusCode).containsExactly(200, 200);
        String version = "\"" + (before + 1) + "\"";
        assertThat(published).extracting(response -> response.header("ETag")).containsOnly(version);
        assertThat(again).extracting(response -> response.header("ETag")).containsOnly(version);
        as("mia", "marketing").get("/api/v1/goals").then().statusCode(200).header("ETag", version)
                .body("goals.id", hasItems("mqls-weekly", "revenue"));

        UUID lead = UUID.randomUUID();
        try (TopicWriter writer = new TopicWriter(bootstrapServers)) {
            publish(writer, lead.toString(), captured(lead, start, Channel.PAID_SEARCH, "spring", null));
            publish(writer, lead.toString(), mql(lead, start.plusSeconds(60), Channel.PAID_SEARCH));
            publish(writer, lead.toString(), assigned(lead, start.plusSeconds(120), "rep-9", "team-9", territory));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM lead_owner WHERE lead_id = $1",
                lead) == 1 && count("SELECT count(*) FROM lead_milestone WHERE lead_id = $1", lead) == 1
                && count("SELECT count(*) FROM attribution_lead WHERE id = $1", lead) == 1);

        String endOfWeek = monday.plusWeeks(1).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
        JsonPath progress = as("boss", "manager").queryParam("asOf", endOfWeek).get("/api/v1/goals/progress")
                .then().statusCode(200).extract().jsonPath();
        assertThat(progress.getInt("goals.find { it.goal.id == 'mqls-weekly' }.progress.actual")).isEqualTo(1);
        assertThat(progress.getString("goals.find { it.goal.id == 'mqls-weekly' }.progress.status"))
                .isEqualTo("off_track");
        assertThat(progress.getDouble("goals.find { it.goal.id == 'mqls-weekly' }.progress.percentOfTarget"))
                .isEqualTo(25.0);
        JsonPath checkIn = as("mia", "marketing").queryParam("week", monday.toString())
                .get("/api/v1/goals/check-in").then().statusCode(200).extract().jsonPath();
        assertThat(checkIn.getList("goals.goal.goal.id")).contains("mqls-weekly", "revenue");
        assertThat(checkIn.getInt("goals.find { it.goal.goal.id == 'mqls-weekly' }.change")).isEqualTo(1);
        assertThat(checkIn.getInt("goals.find { it.goal.goal.id == 'mqls-weekly' }.actualAtWeekStart")).isZero();

        as("mia", "marketing").get("/api/v1/goals/versions").then().statusCode(200)
                .body("version", hasItem(before + 1));
    }

    @Test
    void wrongGoalsStaleVersionsBadParametersAndStrangersAreRefusedAndNothingIsStored() {
        String inForce = as("mia", "marketing").get("/api/v1/goals").then().statusCode(200).extract().header("ETag");
        String bad = """
                {"goals": [
                  {"id": "g", "name": "Bad", "metric": "happiness", "target": -1,
                   "period": {"cadence": "fortnight", "start": "2026-11-30"}, "owners": ["finance"]},
                  {"id": "h", "name": "Rate", "metric": "win_rate", "target": 2,
                   "period": {"cadence": "month"}, "scope": {"dimension": "planet", "value": "Mars"},
                   "owners": ["sales"]}]}""";

        put(as("boss", "manager"), bad).then().statusCode(400).contentType("application/problem+json")
                .body("errors.size()", greaterThan(5));
        put(as("boss", "manager"), "{\"goals\": [null]}").then().statusCode(400);
        put(as("boss", "manager"), "{").then().statusCode(400);
        put(as("boss", "manager").header("If-Match", "\"99999\""), """
                {"goals": [{"id": "x", "name": "X", "metric": "mqls", "target": 1,
                 "period": {"cadence": "week", "start": "2026-11-30"}, "owners": ["sales"]}]}""")
                .then().statusCode(412);
        as("mia", "marketing").get("/api/v1/goals").then().statusCode(200).header("ETag", inForce);

        as("mia", "marketing").queryParam("week", "2026-12-01").get("/api/v1/goals/check-in")
                .then().statusCode(400).body("errors.field", hasItem("week"));
        as("mia", "marketing").queryParam("week", "next week").get("/api/v1/goals/check-in")
                .then().statusCode(400).body("errors.field", hasItem("week"));
        as("mia", "marketing").queryParam("asOf", "yesterday").get("/api/v1/goals/progress")
                .then().statusCode(400).body("errors.field", hasItem("asOf"));
        given().when().get("/api/v1/goals").then().statusCode(401);
        as("rep-1", "rep").get("/api/v1/goals/progress").then().statusCode(403);
        put(as("admin-1", "admin"), "{\"goals\": []}").then().statusCode(403);
        as("mia", "marketing").get("/api/v1/goals").then().statusCode(200).header("ETag", inForce);
    }

    private static RequestSpecification as(String user, String role) {
        return given().auth().oauth2(TestTokens.token(user, role));
    }

    private static Response put(RequestSpecification request, String body) {
        return request.contentType(ContentType.JSON).body(body).put("/api/v1/goals");
    }

    private long count(String sql, Object... parameters) {
        return database.preparedQuery(sql).execute(Tuple.from(parameters)).await().atMost(Duration.ofSeconds(5))
                .iterator().next().getLong(0);
    }
}
