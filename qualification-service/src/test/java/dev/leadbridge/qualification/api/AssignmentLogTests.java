package dev.leadbridge.qualification.api;

import static dev.leadbridge.qualification.support.Api.as;
import static dev.leadbridge.qualification.support.Api.asManager;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.LeadReassigned;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import dev.leadbridge.qualification.support.Api;
import dev.leadbridge.qualification.support.Lifecycle;
import dev.leadbridge.qualification.support.RoutingSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every routing decision names the routing table and roster versions it was taken under, on its event and in the
 * assignment log, which keeps each decision of a lead instead of only its latest.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_qualification"))
class AssignmentLogTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicWriter writer;

    @BeforeEach
    void setUp() {
        writer = new TopicWriter(bootstrapServers);
        RoutingSetup.frenchTeam("fr-rep-1", "fr-rep-2");
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void eachDecisionIsLoggedWithTheVersionsItWasTakenUnder() {
        int table = version("/api/v1/routing-rules");
        int roster = version("/api/v1/reps");
        UUID leadId = Api.captureUntil(writer, "FR", "assigned");
        LeadAssigned assigned = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_ASSIGNED,
                LeadAssigned.class, 1).get(0);
        assertThat(assigned.routingVersion()).isEqualTo(table);
        assertThat(assigned.rosterVersion()).isEqualTo(roster);
        String other = assigned.ownerId().equals("fr-rep-1") ? "fr-rep-2" : "fr-rep-1";

        Api.post(asManager(), leadId, "reassign", "{\"ownerId\": \"" + other + "\"}").statusCode(200);
        LeadReassigned reassigned = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_REASSIGNED,
                LeadReassigned.class, 1).get(0);
        assertThat(reassigned.routingVersion()).as("a manager chose, not routing").isNull();

        asManager().queryParam("leadId", leadId).when().get("/api/v1/assignments").then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].kind", equalTo("reassigned")).body("[0].ownerId", equalTo(other))
                .body("[0].previousOwnerId", equalTo(assigned.ownerId())).body("[0].reason", equalTo("manager"))
                .body("[0].actorId", equalTo("manager-1"))
                .body("[1].kind", equalTo("assigned")).body("[1].ownerId", equalTo(assigned.ownerId()))
                .body("[1].ruleId", equalTo("fr")).body("[1].teamId", equalTo("team-fr"))
                .body("[1].reason", equalTo("round_robin")).body("[1].routingVersion", equalTo(table))
                .body("[1].rosterVersion", equalTo(roster))
                .body("[1].explanation", org.hamcrest.Matchers.containsString("team-fr"));
        asManager().queryParam("repId", other).queryParam("limit", 1000).when().get("/api/v1/assignments")
                .then().statusCode(200).body("leadId", hasItem(leadId.toString()));
    }

    @Test
    void aQuestionWithoutOneSubjectIsAProblemAndStrangersAreRefused() {
        asManager().when().get("/api/v1/assignments").then().statusCode(400)
                .contentType("application/problem+json");
        asManager().queryParam("leadId", UUID.randomUUID()).queryParam("repId", "fr-rep-1")
                .when().get("/api/v1/assignments").then().statusCode(400);
        asManager().queryParam("repId", "fr-rep-1").queryParam("from", "2026-12-02T00:00:00Z")
                .queryParam("to", "2026-12-01T00:00:00Z").when().get("/api/v1/assignments").then().statusCode(400);
        asManager().queryParam("repId", "fr-rep-1").queryParam("limit", 0).when().get("/api/v1/assignments")
                .then().statusCode(400);
        given().queryParam("repId", "fr-rep-1").when().get("/api/v1/assignments").then().statusCode(401);
        as("rep-1", "rep").queryParam("repId", "rep-1").when().get("/api/v1/assignments").then().statusCode(403);
        asManager().queryParam("leadId", UUID.randomUUID()).when().get("/api/v1/assignments").then()
                .statusCode(200).body("", hasSize(0));
    }

    private static int version(String path) {
        return Integer.parseInt(asManager().when().get(path).then().statusCode(200).extract().header("ETag")
                .replace("\"", ""));
    }
}
