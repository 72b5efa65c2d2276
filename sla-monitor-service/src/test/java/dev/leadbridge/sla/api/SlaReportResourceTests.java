package dev.leadbridge.sla.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.sla.MovableClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_sla"))
class SlaReportResourceTests {

    private static final String OPS = TestTokens.token("ops-1", "ops");

    @Inject
    Pool database;

    @Inject
    MovableClock clock;

    @Test
    void openClocksAreListedWithTheirDueTimes() {
        UUID leadId = UUID.randomUUID();
        Instant started = clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(400));
        insertClock(leadId, "team-open-" + UUID.randomUUID(), "OPEN", started, null, 0, false, null);

        given().auth().oauth2(OPS).when().get("/api/v1/sla/timers?state=open&limit=5000")
                .then().statusCode(200)
                .body("leadId", hasItem(leadId.toString()))
                .body("find { it.leadId == '%s' }.dueAt".formatted(leadId),
                        equalTo(started.plus(Duration.ofHours(1)).toString()));
    }

    @Test
    void breachesInTheRangeAreListedWithLateness() {
        UUID leadId = UUID.randomUUID();
        Instant started = Instant.parse("2020-03-02T10:00:00Z");
        insertClock(leadId, "team-breach", "STOPPED", started, started.plus(Duration.ofHours(2)), 7200, true,
                started.plus(Duration.ofMinutes(65)));

        given().auth().oauth2(TestTokens.token("manager-1", "manager"))
                .when().get("/api/v1/sla/breaches?from=2020-03-02T00:00:00Z&to=2020-03-03T00:00:00Z")
                .then().statusCode(200)
                .body("find { it.leadId == '%s' }.lateness".formatted(leadId), equalTo("PT5M"))
                .body("find { it.leadId == '%s' }.state".formatted(leadId), equalTo("stopped"));
    }

    @Test
    void complianceGivesShareMetAndTimeToDecisionPerTeam() {
        String team = "team-" + UUID.randomUUID();
        Instant started = Instant.parse("2021-06-01T08:00:00Z");
        long[] wallSeconds = {60, 120, 180, 600};
        for (long seconds : wallSeconds) {
            insertClock(UUID.randomUUID(), team, "STOPPED", started, started.plusSeconds(seconds), seconds,
                    seconds > 3600, null);
        }
        insertClock(UUID.randomUUID(), team, "STOPPED", started, started.plusSeconds(5400), 5400, true,
                started.plusSeconds(3600));

        given().auth().oauth2(TestTokens.token("mkt-1", "marketing"))
                .when().get("/api/v1/sla/compliance?from=2021-06-01T00:00:00Z&to=2021-06-02T00:00:00Z&groupBy=team")
                .then().statusCode(200)
                .body("groupBy", equalTo("team"))
                .body("groups.find { it.group == '%s' }.clocks".formatted(team), equalTo(5))
                .body("groups.find { it.group == '%s' }.met".formatted(team), equalTo(4))
                .body("groups.find { it.group == '%s' }.metPercent".formatted(team), equalTo(80.0f))
                .body("groups.find { it.group == '%s' }.medianWall".formatted(team), equalTo("PT3M"))
                // interpolated between the 4th and 5th of five: 600 s + 0.6 × (5400 s - 600 s)
                .body("groups.find { it.group == '%s' }.p90Wall".formatted(team), equalTo("PT58M"));
    }

    @Test
    void badRangesAndOptionsAreRejectedWithProblems() {
        given().auth().oauth2(OPS).when().get("/api/v1/sla/breaches?from=2021-06-02T00:00:00Z&to=2021-06-01T00:00:00Z")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:leadbridge:problem:validation"))
                .body("errors.field", hasItem("to"));
        given().auth().oauth2(OPS).when().get("/api/v1/sla/compliance?from=yesterday&groupBy=planet")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("from", "to", "groupBy"));
        given().auth().oauth2(OPS).when().get("/api/v1/sla/timers?state=closed")
                .then().statusCode(400).body("errors.field", hasItem("state"));
    }

    @Test
    void strangersAreRefusedAndWrongRolesForbidden() {
        String range = "?from=2021-06-01T00:00:00Z&to=2021-06-02T00:00:00Z";
        given().when().get("/api/v1/sla/timers?state=open").then().statusCode(401)
                .contentType("application/problem+json");
        given().when().get("/api/v1/sla/breaches" + range).then().statusCode(401);
        given().when().get("/api/v1/sla/compliance" + range).then().statusCode(401);

        String rep = TestTokens.token("rep-1", "rep");
        String marketing = TestTokens.token("mkt-1", "marketing");
        given().auth().oauth2(rep).when().get("/api/v1/sla/timers?state=open").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(marketing).when().get("/api/v1/sla/timers?state=open").then().statusCode(403);
        given().auth().oauth2(marketing).when().get("/api/v1/sla/breaches" + range).then().statusCode(403);
        given().auth().oauth2(rep).when().get("/api/v1/sla/compliance" + range).then().statusCode(403);
        given().auth().oauth2(TestTokens.token("admin-1", "admin")).when().get("/api/v1/sla/compliance" + range)
                .then().statusCode(200);
    }

    private void insertClock(UUID leadId, String team, String state, Instant started, Instant stopped,
                             long elapsedSeconds, boolean breached, Instant breachFired) {
        Instant due = started.plus(Duration.ofHours(1));
        database.preparedQuery("""
                INSERT INTO sla_clock (id, lead_id, policy_id, time_mode, calendar_id, owner_id, team_id, channel,
                                       started_at, warn_at, due_at, state, stopped_at, outcome,
                                       elapsed_business_seconds, elapsed_wall_seconds, breached, breach_fired_at,
                                       lateness_seconds)
                VALUES (gen_random_uuid(), $1, 'report-test', 'WALL', 'default', 'rep-1', $2, 'EMAIL', $3, $3, $4,
                        $5, $6, $7, $8, $8, $9, $10, $11)""")
                .execute(Tuple.tuple()
                        .addUUID(leadId).addString(team).addOffsetDateTime(utc(started)).addOffsetDateTime(utc(due))
                        .addString(state).addOffsetDateTime(utc(stopped))
                        .addString(stopped == null ? null : "ACCEPTED")
                        .addLong(stopped == null ? null : elapsedSeconds).addBoolean(breached)
                        .addOffsetDateTime(utc(breachFired))
                        .addLong(breachFired == null ? null : Duration.between(due, breachFired).toSeconds()))
                .await().atMost(Duration.ofSeconds(10));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
