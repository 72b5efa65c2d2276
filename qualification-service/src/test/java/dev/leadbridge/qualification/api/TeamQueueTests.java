package dev.leadbridge.qualification.api;

import static dev.leadbridge.qualification.support.Api.as;
import static dev.leadbridge.qualification.support.Api.asManager;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import dev.leadbridge.qualification.support.Api;
import dev.leadbridge.qualification.support.RoutingSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A team's queue of MQLs that routing could give to nobody: its managers read it, the longest waiting first, and a
 * lead handed to a rep leaves it; another team's manager and reps are refused.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_qualification"))
class TeamQueueTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicWriter writer;

    @BeforeEach
    void setUp() {
        writer = new TopicWriter(bootstrapServers);
        RoutingSetup.frenchTeam("fr-rep-1");
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void managersOfTheTeamReadItsQueueTheLongestWaitingFirstAndAHandedLeadLeavesIt() {
        UUID first = Api.captureUntil(writer, "ES", "mql");
        UUID second = Api.captureUntil(writer, "ES", "mql");

        assertThat(queue(asManager())).containsSubsequence(first.toString(), second.toString());
        assertThat(queue(given().auth().oauth2(TestTokens.managerOf("boss-es", "team-es"))))
                .contains(first.toString());

        Api.post(asManager(), first, "reassign", "{\"ownerId\": \"fr-rep-1\"}").statusCode(200);
        assertThat(queue(asManager())).doesNotContain(first.toString()).contains(second.toString());
    }

    @Test
    void anotherTeamsManagerAndRepsAreRefusedAndABadTeamIsA400() {
        given().auth().oauth2(TestTokens.managerOf("boss-fr", "team-fr"))
                .get("/api/v1/teams/team-es/queue").then().statusCode(403)
                .contentType("application/problem+json");
        as("fr-rep-1", "rep").get("/api/v1/teams/team-fr/queue").then().statusCode(403);
        given().get("/api/v1/teams/team-fr/queue").then().statusCode(401);
        asManager().get("/api/v1/teams/not a team!/queue").then().statusCode(400);
        asManager().queryParam("limit", 0).get("/api/v1/teams/team-es/queue").then().statusCode(400);
    }

    private static List<String> queue(RequestSpecification who) {
        return who.queryParam("limit", 500).get("/api/v1/teams/team-es/queue").then().statusCode(200)
                .extract().jsonPath().getList("leadId", String.class);
    }
}
