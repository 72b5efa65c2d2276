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
    /**
     * Every version of the roster and the table is kept with who and why; a manager who read an older version is
     * refused with 412 and nothing changes; a rollback puts the earlier version in force as the next one.
     */
    @Test
    void rosterAndRulesKeepTheirHistoryRefuseStaleWritesAndRollBack() {
        String tableTag = asManager().when().get("/api/v1/routing-rules").then().statusCode(200)
                .extract().header("ETag");
        int table = Integer.parseInt(tableTag.replace("\"", ""));
        String withGermany = RoutingSetup.TABLE.replace("\"fr\"", "\"fr-" + table + "\"");
        asManager().header("If-Match", tableTag).queryParam("comment", "rename the French rule")
                .contentType(ContentType.JSON).body(withGermany)
                .when().put("/api/v1/routing-rules").then().statusCode(200)
                .header("ETag", "\"" + (table + 1) + "\"").body("rules.id", hasItem("fr-" + table));
        asManager().header("If-Match", tableTag).contentType(ContentType.JSON).body(RoutingSetup.TABLE)
                .when().put("/api/v1/routing-rules").then().statusCode(412)
                .contentType("application/problem+json");
        asManager().when().get("/api/v1/routing-rules/versions").then().statusCode(200)
                .body("[0].version", equalTo(table + 1)).body("[0].comment", equalTo("rename the French rule"))
                .body("[0].publishedBy", equalTo("manager-1"));
        asManager().when().get("/api/v1/routing-rules/versions/diff?from={from}", table).then().statusCode(200)
                .body("changes.path", hasItem(org.hamcrest.Matchers.startsWith("/rules/")));

        asManager().when().post("/api/v1/routing-rules/versions/{version}/rollback", table).then().statusCode(200)
                .body("version", equalTo(table + 2)).body("document.rules.id", hasItem("fr"));
        asManager().when().get("/api/v1/routing-rules").then().statusCode(200)
                .header("ETag", "\"" + (table + 2) + "\"").body("rules.id", hasItem("fr"));

        String rosterTag = asManager().when().get("/api/v1/reps").then().statusCode(200).extract().header("ETag");
        asManager().header("If-Match", "\"" + (Integer.parseInt(rosterTag.replace("\"", "")) - 1) + "\"")
                .contentType(ContentType.JSON).body("[" + RoutingSetup.rep("fr-rep-1", "team-fr", 1, 1000) + "]")
                .when().put("/api/v1/reps").then().statusCode(412);
        asManager().when().get("/api/v1/reps").then().statusCode(200).header("ETag", rosterTag)
                .body("id", hasItems("fr-rep-1", "fr-rep-2"));
        asManager().when().get("/api/v1/reps/versions/{version}", Integer.parseInt(rosterTag.replace("\"", "")))
                .then().statusCode(200).body("document.id", hasItems("fr-rep-1", "fr-rep-2"));
        given().auth().oauth2(TestTokens.token("marketing-1", "marketing")).when().get("/api/v1/reps/versions")
                .then().statusCode(403);
    }

    private static io.restassured.specification.RequestSpecification asManager() {
        return given().auth().oauth2(TestTokens.token("manager-1", "manager"));
    }
}
