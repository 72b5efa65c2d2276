package dev.leadbridge.attribution.api;

import static dev.leadbridge.attribution.support.Events.accepted;
import static dev.leadbridge.attribution.support.Events.captured;
import static dev.leadbridge.attribution.support.Events.converted;
import static dev.leadbridge.attribution.support.Events.mql;
import static dev.leadbridge.attribution.support.Events.publish;
import static dev.leadbridge.attribution.support.Events.rejected;
import static dev.leadbridge.attribution.support.Events.slaBreached;
import static dev.leadbridge.attribution.support.Events.slaMet;
import static dev.leadbridge.attribution.support.Events.touchpoint;
import static dev.leadbridge.attribution.support.Events.won;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.leadbridge.attribution.support.Events;
import dev.leadbridge.events.cloudevents.CloudEventAttributes;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.PersonErased;
import dev.leadbridge.events.payload.RejectionReason;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.PersonalDataSearch;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.TopicWriter;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_attribution"))
class ReadModelRebuildTests {

    private static final String REBUILD = "/api/v1/admin/read-model/rebuild";

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
    void rebuildReplaysEveryTopicAndYieldsTheSameFigures() {
        List<UUID> events = seed();
        await().atMost(Duration.ofSeconds(30)).until(() -> processedSince(events, Instant.EPOCH) == events.size());
        Map<String, String> before = figures();
        assertThat(before.get("attribution linear")).contains("\"deals\":2");

        Instant rebuildFrom = Instant.now();
        given().auth().oauth2(TestTokens.token("root", "admin"))
                .when().post(REBUILD)
                .then().statusCode(202).body("status", equalTo("replaying"));

        // every seeded event was processed again after the rebuild started, which proves the replay ...
        await().atMost(Duration.ofSeconds(60)).until(() -> processedSince(events, rebuildFrom) == events.size());
        // ... and once it has caught up the figures are the same as before
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(figures()).isEqualTo(before));
    }

    @Test
    void anErasedPersonLeavesEveryFigureAsItWasThroughARebuildToo() {
        String visitorId = "v-" + UUID.randomUUID();
        UUID wonLead = UUID.randomUUID();
        List<UUID> events = seed(wonLead, visitorId);
        await().atMost(Duration.ofSeconds(30)).until(() -> processedSince(events, Instant.EPOCH) == events.size());
        Map<String, String> before = figures();
        assertThat(before.get("attribution first_touch")).as("the browser's earlier touch counts")
                .contains("social");

        UUID erasure = send(wonLead, new PersonErased(wonLead, UUID.randomUUID(), Instant.now()));
        UUID again = send(wonLead, new PersonErased(wonLead, UUID.randomUUID(), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> processedSince(List.of(erasure, again), Instant.EPOCH) == 2);

        assertThat(figures()).isEqualTo(before);
        assertThat(tracesOf(visitorId)).isEmpty();

        Instant rebuildFrom = Instant.now();
        given().auth().oauth2(TestTokens.token("root", "admin")).when().post(REBUILD).then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> processedSince(events, rebuildFrom) == events.size()
                && processedSince(List.of(erasure, again), rebuildFrom) == 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(figures()).isEqualTo(before));
        assertThat(tracesOf(visitorId)).isEmpty();
    }

    @Test
    void onlyAdminsRebuild() {
        given().when().post(REBUILD).then().statusCode(401);
        given().auth().oauth2(TestTokens.token("boss", "manager", "marketing", "ops"))
                .when().post(REBUILD).then().statusCode(403);
    }

    private List<UUID> seed() {
        return seed(UUID.randomUUID(), null);
    }

    /**
     * Events on all four topics; returns their ids. With a visitor id, the won lead's first touch is that browser's,
     * before anyone knew who it was (never stitched by intake).
     */
    private List<UUID> seed(UUID won, String visitorId) {
        List<UUID> ids = new ArrayList<>();
        UUID lost = UUID.randomUUID();
        Instant capture = start.plus(1, ChronoUnit.HOURS);
        ids.add(send(won, touchpoint(UUID.randomUUID(), visitorId == null ? won : null, visitorId, start,
                Channel.SOCIAL, "launch")));
        ids.add(send(won, captured(won, capture, Channel.PAID_SEARCH, "spring", visitorId)));
        ids.add(send(lost, captured(lost, capture, Channel.EMAIL, "news", null)));
        ids.add(send(won, mql(won, capture.plusSeconds(60), Channel.PAID_SEARCH)));
        ids.add(send(lost, mql(lost, capture.plusSeconds(60), Channel.EMAIL)));
        ids.add(send(won, accepted(won, capture.plus(1, ChronoUnit.HOURS))));
        ids.add(send(lost, rejected(lost, capture.plus(1, ChronoUnit.HOURS), RejectionReason.STUDENT)));
        ids.add(send(won, converted(won, start.plus(1, ChronoUnit.DAYS))));
        ids.add(send(won, won(won, start.plus(2, ChronoUnit.DAYS), "1234.56")));
        UUID second = UUID.randomUUID();
        ids.add(send(second, captured(second, capture, Channel.EVENT, "fair", null)));
        ids.add(send(second, mql(second, capture.plusSeconds(60), Channel.EVENT)));
        ids.add(send(second, accepted(second, capture.plus(2, ChronoUnit.HOURS))));
        ids.add(send(second, converted(second, start.plus(1, ChronoUnit.DAYS))));
        ids.add(send(second, won(second, start.plus(3, ChronoUnit.DAYS), "99.99")));
        Instant assigned = capture.plus(2, ChronoUnit.MINUTES);
        ids.add(send(won, slaMet(won, UUID.randomUUID(), assigned, Duration.ofHours(1), Duration.ofMinutes(50))));
        UUID lateTimer = UUID.randomUUID();
        ids.add(send(lost, slaBreached(lost, lateTimer, assigned, Duration.ofHours(1))));
        ids.add(send(lost, slaMet(lost, lateTimer, assigned, Duration.ofHours(1), Duration.ofHours(2))));
        return ids;
    }

    private UUID send(UUID lead, Object payload) {
        CloudEventAttributes event = publish(writer, lead.toString(), payload);
        return event.id();
    }

    /** The report bodies for this test's range, as users read them. */
    private Map<String, String> figures() {
        String token = TestTokens.token("pat", "marketing", "manager");
        Map<String, Object> range = Map.of("from", start.toString(), "to", start.plus(7, ChronoUnit.DAYS).toString());
        Map<String, String> figures = new LinkedHashMap<>();
        for (String model : List.of("linear", "first_touch", "markov")) {
            figures.put("attribution " + model, given().auth().oauth2(token).queryParams(range)
                    .queryParam("model", model).when().get("/api/v1/attribution").then().statusCode(200)
                    .extract().asString());
        }
        figures.put("funnel", given().auth().oauth2(token).queryParams(range).queryParam("groupBy", "channel")
                .when().get("/api/v1/funnel").then().statusCode(200).extract().asString());
        figures.put("lead quality", given().auth().oauth2(token).queryParams(range).queryParam("groupBy", "channel")
                .when().get("/api/v1/lead-quality").then().statusCode(200).extract().asString());
        figures.put("sla", given().auth().oauth2(token).queryParams(range).queryParam("groupBy", "channel")
                .when().get("/api/v1/sla-kpis").then().statusCode(200).extract().asString());
        return figures;
    }

    private List<String> tracesOf(String text) {
        return PersonalDataSearch.tablesContaining(text);
    }

    private long processedSince(List<UUID> eventIds, Instant since) {
        return database.preparedQuery("SELECT count(DISTINCT event_id) FROM processed_event"
                        + " WHERE event_id = ANY($1) AND processed_at >= $2")
                .execute(Tuple.of(eventIds.toArray(UUID[]::new), OffsetDateTime.ofInstant(since, ZoneOffset.UTC)))
                .await().atMost(Duration.ofSeconds(5)).iterator().next().getLong(0);
    }
}
