package dev.leadbridge.sla.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.Twice;
import dev.leadbridge.sla.TestPolicies;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_sla"))
class SlaDefinitionResourceTests {

    private static final String ADMIN = TestTokens.token("admin-1", "admin");
    private static final String MANAGER = TestTokens.token("manager-1", "manager");

    @Test
    void storedPoliciesAreReadBack() {
        TestPolicies.install();

        given().auth().oauth2(ADMIN).when().get("/api/v1/sla/policies")
                .then().statusCode(200)
                .body("policies", hasSize(2))
                .body("policies[0].id", equalTo("test-default"))
                .body("policies[0].acceptWithin", equalTo("PT1H"))
                .body("policies[0].escalationSteps[1].action", equalTo("reassign"))
                .body("policies[1].grades", equalTo(java.util.List.of("A")));
    }

    @Test
    void invalidPoliciesAreRejectedWithEveryProblemAndNothingChanges() {
        TestPolicies.install();
        String invalid = """
                {"policies": [
                  {"id": "one", "acceptWithin": "PT1H", "mode": "wall", "warnAtFraction": 0.5},
                  {"id": "two", "acceptWithin": "PT1H", "mode": "sometimes", "warnAtFraction": 1.5,
                   "calendarId": "no-such-calendar"}
                ]}""";

        given().auth().oauth2(ADMIN).contentType("application/json").body(invalid)
                .when().put("/api/v1/sla/policies")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:leadbridge:problem:validation"))
                .body("errors.field", hasItems("policies[1].mode", "policies[1].warnAtFraction",
                        "policies[1].calendarId", "policies"));

        given().auth().oauth2(ADMIN).when().get("/api/v1/sla/policies")
                .then().statusCode(200).body("policies[0].id", equalTo("test-default"));
    }

    @Test
    void defaultCalendarIsSeeded() {
        given().auth().oauth2(ADMIN).when().get("/api/v1/sla/calendars/default")
                .then().statusCode(200)
                .body("zone", equalTo("UTC"))
                .body("weeklyHours.monday[0].start", equalTo("09:00"));
    }

    @Test
    void calendarIsStoredAndReadBack() {
        String berlin = """
                {"zone": "Europe/Berlin",
                 "weeklyHours": {"monday": [{"start": "09:00", "end": "12:00"}, {"start": "13:00", "end": "17:30"}],
                                 "friday": [{"start": "09:00", "end": "15:00"}]},
                 "holidays": [{"date": "2026-12-25", "name": "Christmas"},
                              {"date": "2026-12-24", "name": "Christmas Eve",
                               "closed": [{"start": "12:00", "end": "24:00"}]}]}""";

        given().auth().oauth2(ADMIN).contentType("application/json").body(berlin)
                .when().put("/api/v1/sla/calendars/team-berlin")
                .then().statusCode(200);

        given().auth().oauth2(ADMIN).when().get("/api/v1/sla/calendars/team-berlin")
                .then().statusCode(200)
                .body("zone", equalTo("Europe/Berlin"))
                .body("weeklyHours.monday", hasSize(2))
                .body("holidays", hasSize(2));
    }

    @Test
    void invalidCalendarIsRejectedWithEveryProblem() {
        String invalid = """
                {"zone": "Mars/Olympus",
                 "weeklyHours": {"monday": [{"start": "17:00", "end": "09:00"}], "someday": []}}""";

        given().auth().oauth2(ADMIN).contentType("application/json").body(invalid)
                .when().put("/api/v1/sla/calendars/team-mars")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("zone", "weeklyHours.someday"));

        given().auth().oauth2(ADMIN).when().get("/api/v1/sla/calendars/team-mars")
                .then().statusCode(404).contentType("application/problem+json");
    }

    /**
     * The policies and each calendar keep every version with who and why; a write based on an older version is a 412
     * and changes nothing; a rollback publishes the earlier version again; managers read, only admins write.
     */
    @Test
    void policiesAndCalendarsKeepTheirHistoryRefuseStaleWritesAndRollBack() throws Exception {
        TestPolicies.install();
        String tag = given().auth().oauth2(ADMIN).when().get("/api/v1/sla/policies").then().statusCode(200)
                .extract().header("ETag");
        int installed = Integer.parseInt(tag.replace("\"", ""));
        String slower = TestPolicies.STANDARD.replaceFirst("\"PT1H\"", "\"PT2H\"");

        java.util.List<io.restassured.response.Response> twice = Twice.inARow(() -> given().auth().oauth2(ADMIN)
                .header("If-Match", tag).queryParam("comment", "two hours for the default")
                .contentType("application/json").body(slower).when().put("/api/v1/sla/policies"));
        org.assertj.core.api.Assertions.assertThat(twice).extracting(response -> response.statusCode())
                .containsExactly(200, 200);
        org.assertj.core.api.Assertions.assertThat(twice).extracting(response -> response.header("ETag"))
                .containsOnly("\"" + (installed + 1) + "\"");
        given().auth().oauth2(ADMIN).header("If-Match", tag).contentType("application/json")
                .body(TestPolicies.STANDARD).when().put("/api/v1/sla/policies").then().statusCode(412)
                .contentType("application/problem+json");
        given().auth().oauth2(MANAGER).when().get("/api/v1/sla/policies/versions").then().statusCode(200)
                .body("[0].version", equalTo(installed + 1)).body("[0].comment", equalTo("two hours for the default"))
                .body("[0].publishedBy", equalTo("admin-1"));
        given().auth().oauth2(MANAGER).when().get("/api/v1/sla/policies/versions/diff?from={from}", installed)
                .then().statusCode(200).body("changes", hasSize(1))
                .body("changes[0].path", equalTo("/policies/0/acceptWithin"))
                .body("changes[0].value", equalTo("PT2H")).body("changes[0].fromValue", equalTo("PT1H"));
        given().auth().oauth2(MANAGER).when().post("/api/v1/sla/policies/versions/{version}/rollback", installed)
                .then().statusCode(403);
        given().auth().oauth2(ADMIN).when().post("/api/v1/sla/policies/versions/{version}/rollback", installed)
                .then().statusCode(200).body("version", equalTo(installed + 2))
                .body("document.policies[0].acceptWithin", equalTo("PT1H"));

        given().auth().oauth2(ADMIN).contentType("application/json").body("{\"zone\": \"UTC\", \"weeklyHours\": {\"monday\": [{\"start\": \"09:00\", \"end\": \"17:00\"}]}}")
                .when().put("/api/v1/sla/calendars/team-history").then().statusCode(200);
        given().auth().oauth2(MANAGER).when().get("/api/v1/sla/calendars/team-history/versions").then()
                .statusCode(200).body("version", hasItems(1));
        given().auth().oauth2(MANAGER).when().get("/api/v1/sla/calendars/team-history/versions/1").then()
                .statusCode(200).body("document.zone", equalTo("UTC"));
        given().auth().oauth2(MANAGER).when().get("/api/v1/sla/calendars/no-such-calendar/versions/1").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(MANAGER).when().get("/api/v1/sla/calendars/bad id!/versions").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void strangersAreRefusedAndOtherRolesForbidden() {
        given().when().get("/api/v1/sla/policies")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("ops-1", "ops")).when().get("/api/v1/sla/policies")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("manager-1", "manager"))
                .contentType("application/json").body(TestPolicies.STANDARD)
                .when().put("/api/v1/sla/policies")
                .then().statusCode(403);
        given().when().get("/api/v1/sla/calendars/default").then().statusCode(401);
    }
}
