package dev.leadbridge.qualification.api;

import static dev.leadbridge.qualification.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.Company;
import dev.leadbridge.events.payload.Consent;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.payload.LeadMql;
import dev.leadbridge.events.payload.LeadScored;
import dev.leadbridge.events.payload.LeadSource;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.events.payload.Person;
import dev.leadbridge.events.payload.ScoreContribution;
import dev.leadbridge.events.payload.TouchpointType;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import dev.leadbridge.infrastructure.testing.Twice;
import dev.leadbridge.qualification.support.Events;
import dev.leadbridge.qualification.support.Lifecycle;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Competitor domains as versioned managed data: published as a whole, every version kept, a repeat publishing
 * nothing; a lead from a listed domain is flagged a competitor and never becomes an MQL, not even by asking for a demo.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_qualification"))
class CompetitorDomainTests {

    private static final String PATH = "/api/v1/competitor-domains";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aLeadFromACompetitorsDomainIsFlaggedAndNeverAnMql() {
        String rival = "rival-" + UUID.randomUUID() + ".example";
        publish(List.of("contender.example", rival)).then().statusCode(200);

        UUID leadId = UUID.randomUUID();
        try (TopicWriter writer = new TopicWriter(bootstrapServers)) {
            Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, leadId.toString(), new LeadCaptured(
                    leadId, Events.now(), new Person("spy@eu." + rival, "Sam", "Spy", null, "VP Marketing"),
                    new Company("Rival", "eu." + rival, 500, "Software"), "GB", new Consent(true, null, null),
                    LeadSource.of(Channel.PAID_SEARCH), null, null, LifecycleStage.CAPTURED, null, Map.of()));
            LeadScored scored = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_SCORED, LeadScored.class, 1)
                    .get(0);
            assertThat(scored.score().breakdown()).extracting(ScoreContribution::ruleId)
                    .contains("title-vp", "negative-competitor");
            Events.publish(writer, EventType.TOUCHPOINT_RECORDED, Events.INTAKE, leadId.toString(),
                    Events.touchpoint(UUID.randomUUID(), leadId, null, TouchpointType.DEMO_REQUEST, Events.now()));
            Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_SCORED, LeadScored.class, 2);
        }
        assertThat(Lifecycle.readFor(bootstrapServers, leadId, EventType.LEAD_MQL, LeadMql.class,
                Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void everyVersionIsKeptAndTheSameListSentTwicePublishesOnce() throws Exception {
        List<String> domains = List.of("a-" + UUID.randomUUID() + ".example", "b.example");
        List<Response> inARow = Twice.inARow(() -> publish(domains));
        List<String> next = List.of("c-" + UUID.randomUUID() + ".example");
        List<Response> atOnce = Twice.atOnce(() -> publish(next));

        assertThat(inARow).extracting(Response::statusCode).containsExactly(200, 200);
        assertThat(inARow.get(1).jsonPath().getInt("version")).isEqualTo(inARow.get(0).jsonPath().getInt("version"));
        assertThat(atOnce).extracting(Response::statusCode).containsExactly(200, 200);
        assertThat(atOnce.get(0).jsonPath().getInt("version")).isEqualTo(atOnce.get(1).jsonPath().getInt("version"))
                .isEqualTo(inARow.get(0).jsonPath().getInt("version") + 1);
        int first = inARow.get(0).jsonPath().getInt("version");
        as("admin-1", "admin").when().get(PATH + "/versions").then().statusCode(200)
                .body("version", hasItem(first)).body("[1].version", equalTo(first));
        as("admin-1", "admin").when().get(PATH + "/versions/{version}", first).then().statusCode(200)
                .body("document.domains", equalTo(new java.util.ArrayList<>(domains)));
    }

    @Test
    void aBadListIsAProblemAndPublishesNothingAndStrangersAreRefused() {
        int before = as("admin-1", "admin").when().get(PATH).then().statusCode(200).extract().path("version");

        publish(List.of("rival.com", "not a domain")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.message", hasItem("domains[1] must be a domain name like rival.com, was 'not a domain'"));
        as("rep-1", "rep").when().get(PATH).then().statusCode(403);
        io.restassured.RestAssured.given().when().get(PATH).then().statusCode(401);

        as("admin-1", "admin").when().get(PATH).then().statusCode(200).body("version", equalTo(before));
    }

    private static Response publish(List<String> domains) {
        return as("admin-1", "admin").contentType("application/json").body(Map.of("domains", domains))
                .when().put(PATH);
    }
}
