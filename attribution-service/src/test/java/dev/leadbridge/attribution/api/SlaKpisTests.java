package dev.leadbridge.attribution.api;

import static dev.leadbridge.attribution.support.Events.captured;
import static dev.leadbridge.attribution.support.Events.newEvent;
import static dev.leadbridge.attribution.support.Events.publish;
import static dev.leadbridge.attribution.support.Events.slaBreached;
import static dev.leadbridge.attribution.support.Events.slaMet;
import static dev.leadbridge.attribution.support.Events.slaWarning;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.leadbridge.attribution.support.Events;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.cloudevents.CloudEvents;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.TopicReader;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_attribution"))
class SlaKpisTests {

    private static final Duration DUE = Duration.ofHours(1);

    @Inject
    Pool database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicWriter writer;
    private Instant start;

    @BeforeEach
    void openWriter() {
        writer = new TopicWriter(bootstrapServers);
        start = Events.newEpoch();
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void reportsComplianceAndSpeedToLeadPerChannelAndDay() {
        UUID fast = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        UUID ignored = UUID.randomUUID();
        UUID nextDay = UUID.randomUUID();
        publish(writer, fast.toString(), captured(fast, start, Channel.PAID_SEARCH, "spring", null));
        publish(writer, late.toString(), captured(late, start, Channel.PAID_SEARCH, "spring", null));
        publish(writer, ignored.toString(), captured(ignored, start, Channel.EMAIL, "news", null));
        publish(writer, nextDay.toString(), captured(nextDay, start, Channel.EMAIL, "news", null));

        Instant dayOne = start.plus(2, ChronoUnit.HOURS);
        Instant dayTwo = start.plus(1, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS);
        UUID fastTimer = UUID.randomUUID();
        CloudEventAttributes fastMet = newEvent(EventType.SLA_MET, fast.toString());
        publish(writer, fast.toString(), slaWarning(fast, fastTimer, dayOne, DUE));
        for (int delivery = 0; delivery < 2; delivery++) {
            publish(writer, fastMet, slaMet(fast, fastTimer, dayOne, DUE, Duration.ofMinutes(10)));
        }
        UUID lateTimer = UUID.randomUUID();
        publish(writer, late.toString(), slaWarning(late, lateTimer, dayOne, DUE));
        publish(writer, late.toString(), slaBreached(late, lateTimer, dayOne, DUE));
        publish(writer, late.toString(), slaMet(late, lateTimer, dayOne, DUE, Duration.ofHours(3)));
        UUID openTimer = UUID.randomUUID();
        publish(writer, ignored.toString(), slaWarning(ignored, openTimer, dayOne, DUE));
        publish(writer, ignored.toString(), slaBreached(ignored, openTimer, dayOne, DUE));
        UUID runningTimer = UUID.randomUUID();
        publish(writer, nextDay.toString(), slaWarning(nextDay, runningTimer, dayTwo, DUE));
        UUID nextDayTimer = UUID.randomUUID();
        publish(writer, nextDay.toString(), slaMet(nextDay, nextDayTimer, dayTwo, DUE, Duration.ofMinutes(20)));

        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM attribution_lead WHERE id IN ($1, $2, $3, $4)", fast, late, ignored,
                        nextDay) == 4
                && count("SELECT count(*) FROM sla_clock WHERE stopped_at IS NOT NULL AND lead_id IN ($1, $2, $3,"
                        + " $4)", fast, late, ignored, nextDay) == 3
                && count("SELECT count(*) FROM sla_clock WHERE breached AND lead_id IN ($1, $2, $3, $4)", fast,
                        late, ignored, nextDay) == 2);

        JsonPath report = given().auth().oauth2(TestTokens.token("ops-1", "ops"))
                .queryParam("from", start.toString()).queryParam("to", start.plus(7, ChronoUnit.DAYS).toString())
                .queryParam("groupBy", "channel")
                .when().get("/api/v1/sla-kpis").then().statusCode(200).extract().jsonPath();

        assertThat(report.getInt("overall.clocks")).isEqualTo(4);
        assertThat(report.getInt("overall.met")).isEqualTo(2);
        assertThat(report.getInt("overall.breached")).isEqualTo(2);
        assertThat(report.getDouble("overall.complianceRate")).isEqualTo(0.5);
        assertThat(report.getInt("overall.speedToLead.decided")).isEqualTo(3);
        assertThat(report.getString("overall.speedToLead.median")).isEqualTo("PT20M");
        assertThat(report.getLong("overall.speedToLead.p90Seconds")).isEqualTo(3 * 3600);
        assertThat(report.getList("overall.speedToLead.histogram.count", Integer.class))
                .containsExactly(0, 1, 1, 0, 1, 0, 0, 0, 0);
        assertThat(report.getList("overall.overTime.clocks", Integer.class)).containsExactly(3, 1, 0, 0, 0, 0, 0);
        assertThat(report.getList("overall.overTime.breached", Integer.class)).containsExactly(2, 0, 0, 0, 0, 0, 0);

        assertThat(report.getList("groups.group", String.class)).containsExactly("paid_search", "email");
        assertThat(report.getDouble("groups[0].figures.complianceRate")).isEqualTo(0.5);
        assertThat(report.getString("groups[0].figures.speedToLead.median")).isEqualTo("PT10M");
        assertThat(report.getInt("groups[1].figures.clocks")).isEqualTo(2);
        assertThat(report.getInt("groups[1].figures.breached")).isEqualTo(1);
        assertThat(report.getString("groups[1].figures.speedToLead.median")).isEqualTo("PT20M");

        JsonPath weekly = given().auth().oauth2(TestTokens.token("boss", "manager"))
                .queryParam("from", start.toString()).queryParam("to", start.plus(14, ChronoUnit.DAYS).toString())
                .queryParam("bucket", "week")
                .when().get("/api/v1/sla-kpis").then().statusCode(200).extract().jsonPath();
        assertThat(weekly.getList("overall.overTime.clocks", Integer.class)).containsExactly(4, 0);
        assertThat(weekly.getList("groups")).isEmpty();
    }

    @Test
    void poisonSlaAlertGoesToItsDeadLetterTopic() {
        UUID lead = UUID.randomUUID();
        writer.send(Topics.SLA_ALERTS, lead.toString(), "{\"leadId\": \"" + lead + "\"}",
                CloudEvents.headersOf(newEvent(EventType.SLA_BREACHED, lead.toString())));
        try (TopicReader dlq = new TopicReader(bootstrapServers, Topics.SLA_ALERTS_DLQ)) {
            List<ConsumerRecord<String, String>> dead = dlq.await(r -> lead.toString().equals(r.key()), 1,
                    Duration.ofSeconds(30));
            assertThat(dead).hasSize(1);
        }
        assertThat(count("SELECT count(*) FROM sla_clock WHERE lead_id = $1", lead)).isZero();
    }

    @Test
    void rejectsBadRangeBucketAndGrouping() {
        given().auth().oauth2(TestTokens.token("mkt", "marketing"))
                .queryParam("from", "2026-12-01T00:00:00Z").queryParam("to", "2026-11-01T00:00:00Z")
                .queryParam("bucket", "hour").queryParam("groupBy", "galaxy")
                .when().get("/api/v1/sla-kpis")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:leadbridge:problem:validation"))
                .body("errors.field", hasItem("from"))
                .body("errors.field", hasItem("bucket"))
                .body("errors.field", hasItem("groupBy"));
        given().auth().oauth2(TestTokens.token("mkt", "marketing"))
                .queryParam("from", "1900-01-01T00:00:00Z").queryParam("to", "2026-11-01T00:00:00Z")
                .when().get("/api/v1/sla-kpis")
                .then().statusCode(400).body("errors.field", hasItem("bucket"));
    }

    @Test
    void keepsSlaFiguresFromRepsAndAnonymousCallers() {
        given().when().get("/api/v1/sla-kpis").then().statusCode(401);
        given().auth().oauth2(TestTokens.token("rep-1", "rep")).when().get("/api/v1/sla-kpis").then().statusCode(403);
    }

    @Test
    void documentsSlaFiguresAndTheRebuildInOpenApi() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/sla-kpis'.get.parameters.name", hasItem("bucket"))
                .body("paths.'/api/v1/admin/read-model/rebuild'.post.responses.'202'.description",
                        equalTo("The replay has begun"));
    }

    private long count(String sql, Object... parameters) {
        return database.preparedQuery(sql).execute(Tuple.from(parameters)).await().atMost(Duration.ofSeconds(5))
                .iterator().next().getLong(0);
    }
}
