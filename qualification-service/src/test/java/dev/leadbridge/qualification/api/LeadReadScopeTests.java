package dev.leadbridge.qualification.api;

import static dev.leadbridge.qualification.support.Api.as;
import static dev.leadbridge.qualification.support.Api.asManager;
import static dev.leadbridge.qualification.support.Api.awaitStage;
import static dev.leadbridge.qualification.support.Api.captureUntil;
import static dev.leadbridge.qualification.support.Api.ownerOf;
import static dev.leadbridge.qualification.support.Api.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import dev.leadbridge.qualification.support.Events;
import dev.leadbridge.qualification.support.RoutingSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reads scoped to who may see them: a rep reads the leads they own or owned, a manager their teams' leads, marketing
 * every lead without contact data; anyone else gets a 403 problem that tells nothing about the lead. The inbox: {@link InboxTests}.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_qualification"))
class LeadReadScopeTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicWriter writer;
    private UUID leadId;
    private String owner;
    private String other;

    @BeforeEach
    void assignedFrenchLead() {
        writer = new TopicWriter(bootstrapServers);
        RoutingSetup.frenchTeam("fr-rep-1", "fr-rep-2");
        leadId = captureUntil(writer, "FR", "assigned");
        owner = ownerOf(leadId);
        other = owner.equals("fr-rep-1") ? "fr-rep-2" : "fr-rep-1";
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void aRepReadsTheirLeadAndAnotherRepLearnsNothingOfIt() {
        as(owner, "rep").when().get("/api/v1/leads/{id}", leadId).then().statusCode(200)
                .body("contact.email", notNullValue());

        Response refused = as(other, "rep").when().get("/api/v1/leads/{id}", leadId);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.asString()).doesNotContain(owner).doesNotContain("ada@").doesNotContain("assigned");
    }

    @Test
    void aRepWhoOwnedTheLeadStillReadsItAfterItChangedHands() {
        post(asManager(), leadId, "reassign", "{\"ownerId\": \"" + other + "\"}").statusCode(200);

        as(owner, "rep").when().get("/api/v1/leads/{id}", leadId).then().statusCode(200)
                .body("ownerId", equalTo(other));
        as(other, "rep").when().get("/api/v1/leads/{id}", leadId).then().statusCode(200);
    }

    @Test
    void aManagerReadsTheirTeamsLeadsOnly() {
        given().auth().oauth2(TestTokens.managerOf("boss-fr", "team-fr")).when().get("/api/v1/leads/{id}", leadId)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.managerOf("boss-es", "team-es")).when().get("/api/v1/leads/{id}", leadId)
                .then().statusCode(403).contentType("application/problem+json");
        asManager().when().get("/api/v1/leads/{id}", leadId).then().statusCode(200);
        given().auth().oauth2(TestTokens.managerOf("boss-es", "team-es")).queryParam("owner", owner)
                .when().get("/api/v1/leads").then().statusCode(403);
        given().auth().oauth2(TestTokens.managerOf("boss-fr", "team-fr")).queryParam("owner", owner)
                .when().get("/api/v1/leads").then().statusCode(200);
    }

    @Test
    void aManagerActsOnTheirTeamsLeadsOnly() {
        for (String action : List.of("accept", "reassign")) {
            Response refused = given().auth().oauth2(TestTokens.managerOf("boss-es", "team-es"))
                    .contentType("application/json").body("{\"ownerId\": \"" + other + "\"}")
                    .when().post("/api/v1/leads/{id}/{action}", leadId, action);
            assertThat(refused.statusCode()).as(action).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        awaitStage(leadId, "assigned");
        assertThat(ownerOf(leadId)).isEqualTo(owner);

        post(given().auth().oauth2(TestTokens.managerOf("boss-fr", "team-fr")), leadId, "reassign",
                "{\"ownerId\": \"" + other + "\"}").statusCode(200);
        assertThat(ownerOf(leadId)).isEqualTo(other);
    }

    @Test
    void marketingReadsTheLeadWithoutContactData() {
        String body = as("marketing-1", "marketing").when().get("/api/v1/leads/{id}", leadId)
                .then().statusCode(200).body("contact", nullValue()).body("company.name", notNullValue())
                .body("score.grade", notNullValue()).extract().asString();
        assertThat(body).doesNotContain("ada@").doesNotContain("Lovelace");
    }

    @Test
    void strangersAndUnknownLeadsAreRefusedAsProblems() {
        given().when().get("/api/v1/leads/{id}", leadId).then().statusCode(401);
        as("ops-1", "ops").when().get("/api/v1/leads/{id}", leadId).then().statusCode(403);
        as(owner, "rep").when().get("/api/v1/leads/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
