package dev.leadbridge.qualification.support;

import static io.restassured.RestAssured.given;

import dev.leadbridge.infrastructure.testing.TestTokens;
import io.restassured.http.ContentType;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Routing configuration for tests: French leads go to team-fr and Spanish ones to team-es, which has no reps; every
 * other lead goes to the default team, which has none either, so only tests that capture French leads get owners.
 * French, Spanish and Italian leads belong to the territory Southern Europe.
 */
public final class RoutingSetup {

    public static final String TABLE = """
            {"rules": [{"id": "fr", "priority": 10, "teamId": "team-fr", "countries": ["FR"]},
                       {"id": "es", "priority": 20, "teamId": "team-es", "countries": ["ES"]}],
             "defaultTeamId": "inbound", "segments": {"midMarketFrom": 200, "enterpriseFrom": 1000},
             "territories": [{"name": "Southern Europe", "countries": ["FR", "ES", "IT"]}]}""";

    private RoutingSetup() {
    }

    /** Publishes the table and makes the given reps team-fr's, around the clock, with room for many leads. */
    public static void frenchTeam(String... repIds) {
        String admin = TestTokens.token("admin-1", "admin");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(TABLE)
                .when().put("/api/v1/routing-rules").then().statusCode(200);
        String reps = Arrays.stream(repIds).map(id -> rep(id, "team-fr", 1, 1000))
                .collect(Collectors.joining(",", "[", "]"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(reps)
                .when().put("/api/v1/reps").then().statusCode(200);
    }

    public static String rep(String id, String teamId, int weight, int capacity) {
        String shifts = Arrays.stream(DayOfWeek.values())
                .map(day -> "{\"day\": \"" + day + "\", \"start\": \"00:00\", \"end\": \"00:00\"}")
                .collect(Collectors.joining(","));
        return "{\"id\": \"" + id + "\", \"teamId\": \"" + teamId + "\", \"active\": true, \"weight\": " + weight
                + ", \"capacity\": " + capacity + ", \"hours\": {\"zone\": \"UTC\", \"shifts\": [" + shifts + "]},"
                + " \"timeOff\": []}";
    }
}
