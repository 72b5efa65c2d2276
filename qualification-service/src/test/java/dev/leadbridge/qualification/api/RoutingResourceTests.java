package dev.leadbridge.qualification.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.Twice;
import dev.leadbridge.qualification.support.RoutingSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_qualification"))
class RoutingResourceTests {

    @BeforeEach
    void knownRoster() {
        RoutingSetup.frenchTeam("fr-rep-1", "fr-rep-2");
    }

    @Test
    void managersReadTheRosterAndTheRules() {
        given().auth().oauth2(TestTokens.token("manager-1", "manager"))
                .when().get("/api/v1/reps")
                .then().statusCode(200)
                .body("id", hasItems("fr-rep-1", "fr-rep-2"))
                .body("find { it.id == 'fr-rep-1' }.hours.zone", equalTo("UTC"));
        given().auth().oauth2(TestTokens.token("manager-1", "manager"))
                .when().get("/api/v1/routing-rules")
                .then().statusCode(200)
                .body("defaultTeamId", equalTo("inbound"))
                .body("rules.id", hasItems("fr", "es"));
    }

    /** A manager saving the roster twice (a retry, a double click) adds the new rep once; the second save is a no-op. */
    @Test
    void theSameRosterSavedTwiceInARowAndAtOnceKeepsEachRepOnce() throws Exception {
        for (boolean atOnce : new boolean[]{false, true}) {
            String newcomer = "fr-rep-new-" + atOnce;
            String roster = "[" + RoutingSetup.rep("fr-rep-1", "team-fr", 1, 1000) + ","
                    + RoutingSetup.rep("fr-rep-2", "team-fr", 1, 1000) + ","
                    + RoutingSetup.rep(newcomer, "team-fr", 1, 1000) + "]";
            Callable<Integer> save = () -> given().auth().oauth2(TestTokens.token("admin-1", "admin"))
                    .contentType(ContentType.JSON).body(roster)
                    .when().put("/api/v1/reps").statusCode();

            List<Integer> statuses = atOnce ? Twice.atOnce(save) : Twice.inARow(save);

            assertThat(statuses).containsExactly(200, 200);
            List<String> ids = given().auth().oauth2(TestTokens.token("manager-1", "manager"))
                    .when().get("/api/v1/reps").then().statusCode(200).extract().path("id");
            assertThat(ids).containsOnlyOnce("fr-rep-1", "fr-rep-2", newcomer);
        }
    }

    @Test
    void badRosterIsRejectedWithEveryProblemAndTheOldOneStays() {
        String bad = "[" + RoutingSetup.rep("x-1", "team-fr", 0, 5) + "," + RoutingSetup.rep("x-1", "team-fr", 1, -1)
                + "]";
        given().auth().oauth2(TestTokens.token("admin-1", "admin")).contentType(ContentType.JSON).body(bad)
                .when().put("/api/v1/reps")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:leadbridge:problem:validation"))
                .body("errors.field", hasItems("reps[0].weight", "reps[1].capacity"));
        given().auth().oauth2(TestTokens.token("admin-1", "admin"))
                .when().get("/api/v1/reps")
                .then().statusCode(200)
                .body("id", hasItems("fr-rep-1", "fr-rep-2"));
    }

    @Test
    void badRoutingTableIsRejectedAndTheOldOneStays() {
        String bad = """
                {"rules": [{"id": "a", "priority": 1, "teamId": "t", "countries": ["XX"]},
                           {"id": "b", "priority": 1, "teamId": ""}],
                 "defaultTeamId": "inbound", "segments": {"midMarketFrom": 200, "enterpriseFrom": 100}}""";
        given().auth().oauth2(TestTokens.token("manager-1", "manager")).contentType(ContentType.JSON).body(bad)
                .when().put("/api/v1/routing-rules")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("rules[0].countries", "rules[1].teamId", "rules", "segments"));
        given().auth().oauth2(TestTokens.token("manager-1", "manager"))
                .when().get("/api/v1/routing-rules")
                .then().statusCode(200)
                .body("rules.id", hasItem("fr"));
    }

    @Test
    void onlyAdminsAndManagersManageRouting() {
        given().when().get("/api/v1/reps").then().statusCode(401);
        given().auth().oauth2(TestTokens.token("rep-1", "rep"))
                .when().get("/api/v1/routing-rules")
                .then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("marketing-1", "marketing")).contentType(ContentType.JSON)
                .body("[]")
                .when().put("/api/v1/reps")
                .then().statusCode(403);
    }
}
