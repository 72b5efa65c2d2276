package dev.leadbridge.qualification.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.CloseOutcome;
import dev.leadbridge.events.payload.LeadAccepted;
import dev.leadbridge.events.payload.LeadClosed;
import dev.leadbridge.events.payload.LeadConverted;
import dev.leadbridge.events.payload.LeadReassigned;
import dev.leadbridge.events.payload.LeadRecycled;
import dev.leadbridge.events.payload.LeadRejected;
import dev.leadbridge.events.payload.ReassignmentReason;
import dev.leadbridge.events.payload.RecycleReason;
import dev.leadbridge.events.payload.RejectionReason;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import dev.leadbridge.qualification.support.Events;
import dev.leadbridge.qualification.support.Lifecycle;
import dev.leadbridge.qualification.support.RoutingSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_qualification"))
class LeadActionsTests {

    private static final String CONFLICT = "urn:leadbridge:problem:conflict";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicWriter writer;
    private UUID leadId;
    private String owner;
    private String otherRep;

    @BeforeEach
    void assignedLead() {
        writer = new TopicWriter(bootstrapServers);
        RoutingSetup.frenchTeam("fr-rep-1", "fr-rep-2");
        leadId = UUID.randomUUID();
        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, leadId.toString(),
                Events.strongLeadFrom(leadId, "FR"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                as("manager-1", "manager").when().get("/api/v1/leads/{id}", leadId)
                        .then().statusCode(200).body("stage", equalTo("assigned")));
        owner = as("manager-1", "manager").when().get("/api/v1/leads/{id}", leadId).then().extract()
                .path("ownerId");
        otherRep = owner.equals("fr-rep-1") ? "fr-rep-2" : "fr-rep-1";
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void ownerAcceptsOnceAndTheLeadBecomesSalesAccepted() {
        asOwner().when().post("/api/v1/leads/{id}/accept", leadId)
                .then().statusCode(200).body("stage", equalTo("accepted"));
        LeadAccepted accepted = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_ACCEPTED,
                LeadAccepted.class, 1).get(0);
        assertThat(accepted.ownerId()).isEqualTo(owner);
        assertThat(accepted.actorId()).isEqualTo(owner);

        asOwner().when().post("/api/v1/leads/{id}/accept", leadId)
                .then().statusCode(409).contentType("application/problem+json").body("type", equalTo(CONFLICT));
    }

    @Test
    void onlyTheOwnerOrAManagerMayAct() {
        given().when().post("/api/v1/leads/{id}/accept", leadId).then().statusCode(401);
        as(otherRep, "rep").when().post("/api/v1/leads/{id}/accept", leadId)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:leadbridge:problem:forbidden"));
        as("marketing-1", "marketing").when().post("/api/v1/leads/{id}/accept", leadId).then().statusCode(403);
        as(otherRep, "rep").contentType(ContentType.JSON).body("{\"reason\": \"no_budget\"}")
                .when().post("/api/v1/leads/{id}/reject", leadId).then().statusCode(403);
        as("manager-1", "manager").when().post("/api/v1/leads/{id}/accept", leadId)
                .then().statusCode(200).body("stage", equalTo("accepted"));
    }

    @Test
    void rejectedLeadIsRecycledToNurture() {
        asOwner().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/leads/{id}/reject", leadId).then().statusCode(400);
        asOwner().contentType(ContentType.JSON).body("{\"reason\": \"too_expensive\"}")
                .when().post("/api/v1/leads/{id}/reject", leadId).then().statusCode(400);

        asOwner().contentType(ContentType.JSON).body("{\"reason\": \"no_budget\", \"note\": \"frozen until Q3\"}")
                .when().post("/api/v1/leads/{id}/reject", leadId)
                .then().statusCode(200)
                .body("stage", equalTo("recycled"))
                .body("ownerId", equalTo(null))
                .body("sales.rejectionReason", equalTo("no_budget"))
                .body("history.stage", hasItem("rejected"));

        LeadRejected rejected = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_REJECTED,
                LeadRejected.class, 1).get(0);
        assertThat(rejected.reason()).isEqualTo(RejectionReason.NO_BUDGET);
        assertThat(rejected.ownerId()).isEqualTo(owner);
        LeadRecycled recycled = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_RECYCLED,
                LeadRecycled.class, 1).get(0);
        assertThat(recycled.reason()).isEqualTo(RecycleReason.NO_BUDGET);
        asOwner().when().post("/api/v1/leads/{id}/accept", leadId).then().statusCode(403);
    }

    @Test
    void acceptedLeadConvertsAndClosesWon() {
        asOwner().contentType(ContentType.JSON).body("{\"opportunityId\": \"OPP-1\"}")
                .when().post("/api/v1/leads/{id}/convert", leadId)
                .then().statusCode(409).body("type", equalTo(CONFLICT));
        asOwner().when().post("/api/v1/leads/{id}/accept", leadId).then().statusCode(200);
        asOwner().contentType(ContentType.JSON).body("{\"opportunityId\": \"OPP-1\", \"expectedAmount\": 100}")
                .when().post("/api/v1/leads/{id}/convert", leadId).then().statusCode(400);

        asOwner().contentType(ContentType.JSON)
                .body("{\"opportunityId\": \"OPP-1\", \"expectedAmount\": \"25000.00\", \"currency\": \"EUR\"}")
                .when().post("/api/v1/leads/{id}/convert", leadId)
                .then().statusCode(200)
                .body("stage", equalTo("converted"))
                .body("sales.opportunityId", equalTo("OPP-1"))
                .body("sales.expectedCurrency", equalTo("EUR"));
        asOwner().contentType(ContentType.JSON)
                .body("{\"outcome\": \"won\", \"amount\": \"24000.00\", \"currency\": \"EUR\", \"reason\": \"fit\"}")
                .when().post("/api/v1/leads/{id}/close", leadId)
                .then().statusCode(200).body("stage", equalTo("closed_won"));
        asOwner().contentType(ContentType.JSON).body("{\"outcome\": \"lost\"}")
                .when().post("/api/v1/leads/{id}/close", leadId)
                .then().statusCode(409);

        LeadConverted converted = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_CONVERTED,
                LeadConverted.class, 1).get(0);
        assertThat(converted.expectedAmount()).isEqualByComparingTo(new BigDecimal("25000"));
        assertThat(converted.currency().getCurrencyCode()).isEqualTo("EUR");
        LeadClosed closed = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_CLOSED, LeadClosed.class, 1)
                .get(0);
        assertThat(closed.outcome()).isEqualTo(CloseOutcome.WON);
        assertThat(closed.opportunityId()).isEqualTo("OPP-1");
    }

    @Test
    void managerReassignsToAnotherRep() {
        asOwner().contentType(ContentType.JSON).body("{\"ownerId\": \"" + otherRep + "\"}")
                .when().post("/api/v1/leads/{id}/reassign", leadId).then().statusCode(403);
        as("manager-1", "manager").contentType(ContentType.JSON).body("{\"ownerId\": \"nobody\"}")
                .when().post("/api/v1/leads/{id}/reassign", leadId).then().statusCode(400);

        as("manager-1", "manager").contentType(ContentType.JSON).body("{\"ownerId\": \"" + otherRep + "\"}")
                .when().post("/api/v1/leads/{id}/reassign", leadId)
                .then().statusCode(200).body("ownerId", equalTo(otherRep)).body("stage", equalTo("assigned"));

        LeadReassigned reassigned = Lifecycle.await(bootstrapServers, leadId, EventType.LEAD_REASSIGNED,
                LeadReassigned.class, 1).get(0);
        assertThat(reassigned.previousOwnerId()).isEqualTo(owner);
        assertThat(reassigned.ownerId()).isEqualTo(otherRep);
        assertThat(reassigned.reason()).isEqualTo(ReassignmentReason.MANAGER);
        assertThat(reassigned.actorId()).isEqualTo("manager-1");
    }

    @Test
    void inboxListsTheRepsOwnLeads() {
        asOwner().queryParam("owner", "me").queryParam("stage", "assigned")
                .when().get("/api/v1/leads")
                .then().statusCode(200).body("leadId", hasItem(leadId.toString()));
        as(otherRep, "rep").queryParam("owner", "me").queryParam("stage", "assigned")
                .when().get("/api/v1/leads")
                .then().statusCode(200).body("leadId", not(hasItem(leadId.toString())));
        as(otherRep, "rep").queryParam("owner", owner).when().get("/api/v1/leads").then().statusCode(403);
        as("manager-1", "manager").queryParam("owner", owner).when().get("/api/v1/leads")
                .then().statusCode(200).body("leadId", hasItem(leadId.toString()));
        asOwner().queryParam("stage", "nowhere").when().get("/api/v1/leads").then().statusCode(400);
        given().when().get("/api/v1/leads").then().statusCode(401);
    }

    @Test
    void actingOnAVersionThatIsNoLongerCurrentFailsThePreconditionAndChangesNothing() {
        String readTag = asOwner().when().get("/api/v1/leads/{id}", leadId)
                .then().statusCode(200).extract().header("ETag");
        assertThat(readTag).matches("\"\\d+\"");
        String acceptedTag = asOwner().header("If-Match", readTag)
                .when().post("/api/v1/leads/{id}/accept", leadId)
                .then().statusCode(200).body("stage", equalTo("accepted")).extract().header("ETag");
        assertThat(acceptedTag).isNotEqualTo(readTag);

        // a second client still holding the first read tries to reject: the lead moved on, so nothing happens
        asOwner().header("If-Match", readTag).contentType(ContentType.JSON).body("{\"reason\": \"no_budget\"}")
                .when().post("/api/v1/leads/{id}/reject", leadId)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("urn:leadbridge:problem:precondition-failed"));
        asOwner().header("If-Match", "W/" + acceptedTag).contentType(ContentType.JSON)
                .body("{\"opportunityId\": \"OPP-7\"}")
                .when().post("/api/v1/leads/{id}/convert", leadId).then().statusCode(412);
        asOwner().when().get("/api/v1/leads/{id}", leadId)
                .then().statusCode(200).header("ETag", acceptedTag).body("stage", equalTo("accepted"));

        asOwner().header("If-Match", "\"0\", " + acceptedTag).contentType(ContentType.JSON)
                .body("{\"opportunityId\": \"OPP-7\"}")
                .when().post("/api/v1/leads/{id}/convert", leadId)
                .then().statusCode(200).body("stage", equalTo("converted"));
        assertThat(Lifecycle.readFor(bootstrapServers, leadId, EventType.LEAD_REJECTED, LeadRejected.class,
                Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void actingOnAnUnknownLeadIsNotFound() {
        as("manager-1", "manager").when().post("/api/v1/leads/{id}/accept", UUID.randomUUID())
                .then().statusCode(404);
    }

    private RequestSpecification asOwner() {
        return as(owner, "rep");
    }

    private static RequestSpecification as(String subject, String role) {
        return given().auth().oauth2(TestTokens.token(subject, role));
    }
}
