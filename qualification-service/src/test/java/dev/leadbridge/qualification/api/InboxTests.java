package dev.leadbridge.qualification.api;

import static dev.leadbridge.qualification.support.Api.as;
import static dev.leadbridge.qualification.support.Api.awaitStage;
import static dev.leadbridge.qualification.support.Events.clock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.events.cloudevents.CloudEvents;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.events.payload.SlaClock;
import dev.leadbridge.events.payload.SlaClockState;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TopicReader;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import dev.leadbridge.qualification.support.Events;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A rep's inbox: the first response due soonest on top, by the SLA clock states the SLA monitor announces on
 * {@code sla.clocks}; then the leads without a running clock; a page at a time, each lead once.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_qualification"))
class InboxTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Pool database;

    private TopicWriter writer;
    private String rep;

    @BeforeEach
    void newRep() {
        writer = new TopicWriter(bootstrapServers);
        rep = "inbox-" + UUID.randomUUID();
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void theInboxPagesThroughEveryLeadOnce() {
        List<String> logged = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            logged.add(loggedBy(rep).toString());
        }

        List<String> seen = pageThrough(2);

        assertThat(seen).containsExactlyInAnyOrderElementsOf(logged).doesNotHaveDuplicates();
        as(rep, "rep").queryParam("limit", 0).when().get("/api/v1/leads").then().statusCode(400);
        as(rep, "rep").queryParam("cursor", "not-a-cursor").when().get("/api/v1/leads").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        as(rep, "rep").when().get("/api/v1/leads").then().body("[0].firstName", not(nullValue()));
    }

    @Test
    void theFirstResponseDueSoonestComesFirstAndLeadsWithoutARunningClockLast() {
        Instant now = Events.now();
        UUID dueInThreeHours = loggedBy(rep);
        UUID dueInAnHour = loggedBy(rep);
        UUID pausedDueInTwoHours = loggedBy(rep);
        UUID withoutClock = loggedBy(rep);
        UUID clockOfThePreviousOwner = loggedBy(rep);
        UUID clockEnded = loggedBy(rep);
        announceAndAwait(
                clock(dueInThreeHours, rep, SlaClockState.RUNNING, now.plus(Duration.ofHours(3)), now),
                clock(dueInAnHour, rep, SlaClockState.RUNNING, now.plus(Duration.ofHours(1)), now),
                // an older state replayed after a newer one changes nothing
                clock(dueInAnHour, rep, SlaClockState.RUNNING, now.plus(Duration.ofHours(9)),
                        now.minus(Duration.ofMinutes(1))),
                clock(pausedDueInTwoHours, rep, SlaClockState.PAUSED, now.plus(Duration.ofHours(2)), now),
                clock(clockOfThePreviousOwner, "someone-before", SlaClockState.RUNNING,
                        now.plus(Duration.ofMinutes(5)), now),
                clock(clockEnded, rep, SlaClockState.ENDED, now.plus(Duration.ofMinutes(1)), now));

        JsonPath inbox = inbox();
        assertThat(inbox.getList("leadId", String.class)).startsWith(dueInAnHour.toString(),
                pausedDueInTwoHours.toString(), dueInThreeHours.toString())
                .containsExactlyInAnyOrder(dueInThreeHours.toString(), dueInAnHour.toString(),
                        pausedDueInTwoHours.toString(), withoutClock.toString(), clockOfThePreviousOwner.toString(),
                        clockEnded.toString());
        assertThat(Instant.parse(inbox.getString("[0].slaDueAt"))).isEqualTo(now.plus(Duration.ofHours(1)));
        assertThat(inbox.getString("[0].slaState")).isEqualTo("running");
        assertThat(inbox.getString("[1].slaState")).isEqualTo("paused");
        assertThat(inbox.getList("slaDueAt").subList(3, 6)).containsOnlyNulls();
        assertThat(inbox.getList("slaState").subList(3, 6)).containsOnlyNulls();
        assertThat(pageThrough(4)).as("the pages in the same order")
                .containsExactlyElementsOf(inbox.getList("leadId", String.class));
    }

    @Test
    void aClockStateNobodyCanReadGoesToTheDeadLetterTopic() {
        UUID leadId = UUID.randomUUID();
        writer.send(Topics.SLA_CLOCKS, leadId.toString(), "{\"leadId\": \"" + leadId + "\"}",
                CloudEvents.headersOf(Events.newEvent(EventType.SLA_CLOCK, Events.SLA_MONITOR, leadId.toString())));
        try (TopicReader dlq = new TopicReader(bootstrapServers, Topics.SLA_CLOCKS_DLQ)) {
            List<ConsumerRecord<String, String>> dead = dlq.await(r -> leadId.toString().equals(r.key()), 1,
                    Duration.ofSeconds(20));
            assertThat(dead).hasSize(1);
        }
    }

    private JsonPath inbox() {
        Response response = as(rep, "rep").when().get("/api/v1/leads?owner=me&limit=200");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.jsonPath();
    }

    /** Every lead id of the rep's inbox, following the {@code next} links from a page of the given size. */
    private List<String> pageThrough(int limit) {
        List<String> seen = new ArrayList<>();
        String next = "/api/v1/leads?owner=me&limit=" + limit;
        while (next != null) {
            Response page = as(rep, "rep").when().get(next);
            assertThat(page.statusCode()).isEqualTo(200);
            List<String> ids = page.jsonPath().getList("leadId");
            assertThat(ids.size()).isLessThanOrEqualTo(limit);
            seen.addAll(ids);
            String link = page.header("Link");
            next = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        }
        return seen;
    }

    /** A lead a rep logged themselves (accepted at entry), straight into their inbox. */
    private UUID loggedBy(String owner) {
        UUID id = UUID.randomUUID();
        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, id.toString(),
                Events.lead(id, "CTO", 50, "Software", null, LifecycleStage.ACCEPTED, owner));
        awaitStage(id, "accepted");
        return id;
    }

    /** Publishes the clock states on sla.clocks and waits until the service has handled every one of them. */
    private void announceAndAwait(SlaClock... clocks) {
        UUID[] eventIds = new UUID[clocks.length];
        for (int i = 0; i < clocks.length; i++) {
            eventIds[i] = Events.publish(writer, EventType.SLA_CLOCK, Events.SLA_MONITOR,
                    clocks[i].leadId().toString(), clocks[i]).id();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> database
                .preparedQuery("SELECT count(*) FROM processed_event WHERE event_id = ANY($1)")
                .execute(Tuple.of(eventIds)).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLong(0) == clocks.length);
    }
}
