package dev.leadbridge.sla;

import static io.restassured.RestAssured.given;

import dev.leadbridge.infrastructure.testing.TestTokens;

/**
 * The policy set every test runs with: one wall-time catch-all (accept within an hour, warn at half of it, notify the
 * manager 10 minutes past due, reassign after 20), so clocks do not depend on the day the tests run.
 */
public final class TestPolicies {

    public static final String STANDARD = """
            {"policies": [
              {"id": "test-default", "grades": [], "channels": [], "mqlReasons": [],
               "acceptWithin": "PT1H", "mode": "wall", "warnAtFraction": 0.5,
               "escalationSteps": [{"afterDue": "PT10M", "action": "notify_manager"},
                                   {"afterDue": "PT20M", "action": "reassign"}]},
              {"id": "test-grade-a", "grades": ["A"], "channels": [], "mqlReasons": [],
               "acceptWithin": "PT30M", "mode": "business", "warnAtFraction": 0.75, "calendarId": "default",
               "escalationSteps": []}
            ]}""";

    private TestPolicies() {
    }

    /** Installs the standard set through the admin API. */
    public static void install() {
        given().auth().oauth2(TestTokens.token("admin-1", "admin"))
                .contentType("application/json").body(STANDARD)
                .when().put("/api/v1/sla/policies")
                .then().statusCode(200);
    }
}
