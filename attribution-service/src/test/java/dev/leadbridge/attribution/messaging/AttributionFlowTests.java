package dev.leadbridge.attribution.messaging;

import static dev.leadbridge.attribution.support.Events.accepted;
import static dev.leadbridge.attribution.support.Events.captured;
import static dev.leadbridge.attribution.support.Events.converted;
import static dev.leadbridge.attribution.support.Events.mql;
import static dev.leadbridge.attribution.support.Events.publish;
import static dev.leadbridge.attribution.support.Events.rejected;
import static dev.leadbridge.attribution.support.Events.touchpoint;
import static dev.leadbridge.attribution.support.Events.won;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.leadbridge.attribution.domain.model.ModelId;
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
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two leads travel the topics as the other services would send them; the reports read them back. Each test's deals
 * close in a window of their own, far from any other test's, so the figures are exactly this test's.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_attribution"))
class AttributionFlowTests {

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
    void creditsTheWonRevenueOfTwoJourneysToTheCentUnderEveryModel() {
        UUID ada = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        String visitor = "visitor-" + ada;
        UUID anonymousVisit = UUID.randomUUID();
        // Ada: researched anonymously by email, was captured from paid search, then came back through social
        publish(writer, visitor, touchpoint(anonymousVisit, null, visitor, at(-48), Channel.EMAIL, "newsletter"));
        publish(writer, ada.toString(), captured(ada, at(0), Channel.PAID_SEARCH, "launch", visitor));
        publish(writer, ada.toString(), touchpoint(anonymousVisit, ada, visitor, at(-48), Channel.EMAIL,
                "newsletter"));
        publish(writer, ada.toString(), touchpoint(UUID.randomUUID(), ada, null, at(24), Channel.SOCIAL, null));
        publish(writer, ada.toString(), mql(ada, at(24), Channel.PAID_SEARCH));
        publish(writer, ada.toString(), accepted(ada, at(48)));
        publish(writer, ada.toString(), converted(ada, at(72)));
        publish(writer, ada.toString(), won(ada, at(240), "1000.00"));
        // Bob: captured from organic search, one touchpoint without a channel, rejected once, still won
        publish(writer, bob.toString(), captured(bob, at(0), Channel.ORGANIC_SEARCH, null, null));
        publish(writer, bob.toString(), touchpoint(UUID.randomUUID(), bob, null, at(1), null, null));
        publish(writer, bob.toString(), mql(bob, at(1), Channel.ORGANIC_SEARCH));
        publish(writer, bob.toString(), rejected(bob, at(2), RejectionReason.NOT_READY));
        publish(writer, bob.toString(), won(bob, at(120), "333.33"));

        JsonPath firstTouch = awaitAttribution(ModelId.FIRST_TOUCH, "channel", 2);
        assertThat(firstTouch.getString("currencies[0].currency")).isEqualTo("EUR");
        assertThat(firstTouch.getString("currencies[0].total")).isEqualTo("1333.33");
        assertThat(amounts(firstTouch)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "email", new BigDecimal("1000.00"),
                "organic_search", new BigDecimal("333.33"),
                "other", new BigDecimal("0.00"),
                "paid_search", new BigDecimal("0.00"),
                "social", new BigDecimal("0.00")));

        JsonPath linear = attribution(ModelId.LINEAR, "channel");
        // Ada's 1000.00 in thirds, Bob's 333.33 in halves, each deal rounded to whole cents that add up
        assertThat(amounts(linear).get("email")).isBetween(new BigDecimal("333.33"), new BigDecimal("333.34"));
        assertThat(amounts(linear).get("social")).isBetween(new BigDecimal("333.33"), new BigDecimal("333.34"));
        assertThat(amounts(linear).get("paid_search")).isBetween(new BigDecimal("333.33"), new BigDecimal("333.34"));
        assertThat(amounts(linear).get("organic_search")).isBetween(new BigDecimal("166.66"), new BigDecimal("166.67"));
        assertThat(amounts(linear).get("other")).isBetween(new BigDecimal("166.66"), new BigDecimal("166.67"));
        assertAddsUpTo(linear, "1333.33");

        for (ModelId model : ModelId.values()) {
            for (String groupBy : List.of("channel", "campaign")) {
                JsonPath report = attribution(model, groupBy);
                assertThat(report.getInt("deals")).as(model + " by " + groupBy).isEqualTo(2);
                assertAddsUpTo(report, "1333.33");
            }
        }
        JsonPath compared = given().auth().oauth2(TestTokens.token("mia", "marketing"))
                .queryParam("models", "linear,markov,shapley,markov").queryParam("groupBy", "channel")
                .queryParam("from", at(-1).toString()).queryParam("to", at(24 * 30).toString())
                .when().get("/api/v1/attribution/compare").then().statusCode(200).extract().jsonPath();
        assertThat(compared.getList("models.model")).containsExactly("linear", "markov", "shapley");
        assertThat(compared.getInt("deals")).isEqualTo(2);
        for (ModelId model : List.of(ModelId.LINEAR, ModelId.MARKOV, ModelId.SHAPLEY)) {
            Map<String, BigDecimal> alone = amounts(attribution(model, "channel"));
            List<Map<String, Object>> rows = compared.getList("sideBySide");
            assertThat(rows).as(model + " side by side").hasSize(alone.size()).allSatisfy(row -> assertThat(
                    new BigDecimal((String) ((Map<?, ?>) row.get("amounts")).get(model.wire())))
                    .isEqualByComparingTo(alone.get((String) row.get("group"))));
        }
        assertThat(compared.getString("models[0].learned")).isNull();
        assertThat(compared.getString("models[1].learned.measure")).isEqualTo("removal_effect");
        assertThat(compared.getMap("models[1].learned.values")).containsKeys("email", "paid_search", "social");
        assertThat(compared.getString("models[2].learned.measure")).isEqualTo("shapley_value");
        assertThat(compared.getBoolean("models[2].learned.exact")).isTrue();
        assertThat(amounts(attribution(ModelId.FIRST_TOUCH, "campaign"))).containsEntry("newsletter",
                new BigDecimal("1000.00")).containsEntry("(none)", new BigDecimal("333.33"));

        JsonPath funnel = given().auth().oauth2(TestTokens.token("rep-1", "rep"))
                .queryParam("from", at(-1).toString()).queryParam("to", at(1).toString())
                .queryParam("groupBy", "channel")
                .when().get("/api/v1/funnel").then().statusCode(200).extract().jsonPath();
        assertThat(funnel.getList("overall.stages.stage")).containsExactly("captured", "mql", "sal", "opportunity",
                "won");
        assertThat(funnel.getList("overall.stages.leads", Integer.class)).containsExactly(2, 2, 2, 2, 2);
        assertThat(funnel.getList("groups.group")).containsExactlyInAnyOrder("paid_search", "organic_search");

        JsonPath quality = given().auth().oauth2(TestTokens.token("mia", "marketing"))
                .queryParam("from", at(-1).toString()).queryParam("to", at(1).toString())
                .queryParam("groupBy", "channel")
                .when().get("/api/v1/lead-quality").then().statusCode(200).extract().jsonPath();
        assertThat(quality.getInt("overall.mqls")).isEqualTo(2);
        assertThat(quality.getInt("overall.accepted")).isEqualTo(1);
        assertThat(quality.getInt("overall.rejected")).isEqualTo(1);
        assertThat(quality.getDouble("overall.acceptanceRate")).isEqualTo(0.5);
        assertThat(quality.getInt("overall.rejectionReasons.not_ready")).isEqualTo(1);
    }

    private JsonPath awaitAttribution(ModelId model, String groupBy, int deals) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonPath report = attribution(model, groupBy);
            return report.getInt("deals") == deals && report.getList("currencies").size() == 1
                    && amounts(report).size() == 5;
        });
        return attribution(model, groupBy);
    }

    private JsonPath attribution(ModelId model, String groupBy) {
        return given().auth().oauth2(TestTokens.token("mia", "marketing"))
                .queryParam("model", model.wire()).queryParam("groupBy", groupBy)
                .queryParam("from", at(-1).toString()).queryParam("to", at(24 * 30).toString())
                .when().get("/api/v1/attribution").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, BigDecimal> amounts(JsonPath report) {
        Map<String, BigDecimal> amounts = new java.util.TreeMap<>();
        List<Map<String, String>> groups = report.getList("currencies[0].groups");
        groups.forEach(group -> amounts.put(group.get("group"), new BigDecimal(group.get("amount"))));
        return amounts;
    }

    private static void assertAddsUpTo(JsonPath report, String total) {
        assertThat(report.getString("currencies[0].total")).isEqualTo(total);
        assertThat(amounts(report).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(total);
    }

    private Instant at(long hours) {
        return start.plus(hours, ChronoUnit.HOURS);
    }
}
