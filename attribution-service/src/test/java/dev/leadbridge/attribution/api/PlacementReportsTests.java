package dev.leadbridge.attribution.api;

import static dev.leadbridge.attribution.support.Events.accepted;
import static dev.leadbridge.attribution.support.Events.assigned;
import static dev.leadbridge.attribution.support.Events.captured;
import static dev.leadbridge.attribution.support.Events.mql;
import static dev.leadbridge.attribution.support.Events.publish;
import static dev.leadbridge.attribution.support.Events.reassigned;
import static dev.leadbridge.attribution.support.Events.rejected;
import static dev.leadbridge.attribution.support.Events.slaMet;
import static dev.leadbridge.attribution.support.Events.won;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import dev.leadbridge.attribution.support.Events;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.RejectionReason;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
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
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Reports by where a lead belongs: its country from the capture, its territory from routing, and the team and rep it
 * was last assigned to, whichever topic's event arrives first.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_attribution"))
class PlacementReportsTests {

    @Inject
    Pool database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void funnelLeadQualityAndSlaFiguresPerTerritoryTeamRepAndCountry() {
        Instant start = Events.newEpoch();
        UUID accepted = UUID.randomUUID();
        UUID rejected = UUID.randomUUID();
        UUID unrouted = UUID.randomUUID();
        try (TopicWriter writer = new TopicWriter(bootstrapServers)) {
            // the assignment first: the lifecycle topic is read independently of the capture topic
            publish(writer, accepted.toString(), assigned(accepted, start.plusSeconds(60), "uk-rep-1", "team-uk",
                    "UK & Ireland"));
            publish(writer, accepted.toString(), captured(accepted, start, Channel.PAID_SEARCH, "spring", null));
            publish(writer, accepted.toString(), mql(accepted, start.plusSeconds(30), Channel.PAID_SEARCH));
            publish(writer, accepted.toString(), accepted(accepted, start.plusSeconds(600)));
            publish(writer, accepted.toString(), won(accepted, start.plusSeconds(3600), "1200.00"));
            publish(writer, accepted.toString(), slaMet(accepted, UUID.randomUUID(), start.plusSeconds(60),
                    Duration.ofHours(1), Duration.ofMinutes(9)));
            publish(writer, rejected.toString(), captured(rejected, start, Channel.PAID_SEARCH, "spring", null));
            publish(writer, rejected.toString(), mql(rejected, start.plusSeconds(30), Channel.PAID_SEARCH));
            publish(writer, rejected.toString(), assigned(rejected, start.plusSeconds(60), "uk-rep-1", "team-uk",
                    "UK & Ireland"));
            publish(writer, rejected.toString(), reassigned(rejected, start.plusSeconds(120), "uk-rep-1", "uk-rep-2",
                    "team-uk"));
            publish(writer, rejected.toString(), rejected(rejected, start.plusSeconds(900),
                    RejectionReason.NOT_A_FIT));
            publish(writer, unrouted.toString(), captured(unrouted, start, Channel.EMAIL, null, null));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM attribution_lead l JOIN"
                + " lead_owner o ON o.lead_id = l.id WHERE l.id IN ($1, $2)", accepted, rejected) == 2
                && count("SELECT count(*) FROM lead_owner WHERE owner_id = 'uk-rep-2'") >= 1
                && count("SELECT count(*) FROM attribution_lead WHERE id = $1", unrouted) == 1
                && count("SELECT count(*) FROM lead_milestone WHERE lead_id IN ($1, $2) AND kind IN ('ACCEPTED',"
                + " 'REJECTED', 'CLOSED')", accepted, rejected) == 3
                && count("SELECT count(*) FROM sla_clock WHERE lead_id = $1 AND stopped_at IS NOT NULL",
                accepted) == 1);
        String from = start.minusSeconds(1).toString();
        String to = start.plus(1, ChronoUnit.DAYS).toString();

        JsonPath funnel = report("/api/v1/funnel", from, to, "territory");
        assertThat(funnel.getInt("groups.find { it.group == 'UK & Ireland' }.figures.stages[0].leads")).isEqualTo(2);
        assertThat(funnel.getInt("groups.find { it.group == 'unknown' }.figures.stages[0].leads")).isEqualTo(1);
        assertThat(report("/api/v1/funnel", from, to, "country").getList("groups.group")).containsExactly("GB");

        JsonPath byRep = report("/api/v1/lead-quality", from, to, "rep");
        assertThat(byRep.getInt("groups.find { it.group == 'uk-rep-1' }.figures.accepted")).isEqualTo(1);
        assertThat(byRep.getInt("groups.find { it.group == 'uk-rep-2' }.figures.rejected"))
                .as("the rep it was reassigned to").isEqualTo(1);
        assertThat(report("/api/v1/lead-quality", from, to, "team").getList("groups.group"))
                .contains("team-uk", "unknown");

        JsonPath sla = report("/api/v1/sla-kpis", from, to, "territory");
        assertThat(sla.getList("groups.group")).containsExactly("UK & Ireland");
        assertThat(sla.getInt("groups[0].figures.met")).isEqualTo(1);
        assertThat(report("/api/v1/sla-kpis", from, to, "team").getList("groups.group"))
                .as("the clock's own team").containsExactly("team-1");

        JsonPath revenue = given().auth().oauth2(TestTokens.token("boss", "manager"))
                .queryParam("from", from).queryParam("to", to).queryParam("groupBy", "territory")
                .queryParam("models", "linear,shapley")
                .when().get("/api/v1/attribution/compare").then().statusCode(200).extract().jsonPath();
        assertThat(revenue.getString("groupBy")).isEqualTo("territory");
        assertThat(revenue.getList("sideBySide.group")).containsExactly("UK & Ireland");
        assertThat(revenue.getMap("sideBySide[0].amounts")).containsEntry("linear", "1200.00")
                .containsEntry("shapley", "1200.00");
        assertThat(report("/api/v1/attribution?model=markov", from, to, "rep").getString(
                "currencies[0].groups.find { it.group == 'uk-rep-1' }.amount")).isEqualTo("1200.00");

        given().auth().oauth2(TestTokens.token("boss", "manager")).queryParam("groupBy", "planet")
                .when().get("/api/v1/funnel").then().statusCode(400).body("errors.field", hasItem("groupBy"));
    }

    private static JsonPath report(String path, String from, String to, String groupBy) {
        return given().auth().oauth2(TestTokens.token("boss", "manager"))
                .queryParam("from", from).queryParam("to", to).queryParam("groupBy", groupBy)
                .when().get(path).then().statusCode(200).extract().jsonPath();
    }

    private long count(String sql, Object... parameters) {
        return database.preparedQuery(sql).execute(Tuple.from(parameters)).await().atMost(Duration.ofSeconds(5))
                .iterator().next().getLong(0);
    }
}
