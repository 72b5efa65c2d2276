package dev.leadbridge.e2e.support;

import static io.restassured.RestAssured.given;

import dev.leadbridge.infrastructure.local.LeadBridgeService;
import dev.leadbridge.infrastructure.local.LeadBridgeSystem;
import io.restassured.http.ContentType;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** Configures a running system the way its admins would: over the public REST APIs. */
public final class Setup {

    public static final String SITE = "https://www.example.com";

    private final LeadBridgeSystem system;
    private final String admin;

    public Setup(LeadBridgeSystem system) {
        this.system = system;
        this.admin = system.token("e2e-admin", "admin");
    }

    /** A new integration API key for intake. */
    public String apiKey() {
        return given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("name", "e2e"))
                .when().post(url(LeadBridgeService.LEAD_INTAKE, "/api/v1/api-keys"))
                .then().statusCode(201).extract().path("key");
    }

    /** A website form posting from {@link #SITE}, no fill-time check, thanking at {@code /thanks}. */
    public void form(String formId) {
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "Demo request", "allowedOrigins", java.util.List.of(SITE),
                        "minimumFillSeconds", 0, "thankYouUrl", SITE + "/thanks",
                        "consentText", "Send me product news"))
                .when().put(url(LeadBridgeService.LEAD_INTAKE, "/api/v1/forms/" + formId))
                .then().statusCode(200);
    }

    /** Every lead goes to one team whose reps work around the clock with room for many leads. */
    public void oneTeam(String teamId, String... repIds) {
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"rules\": [], \"defaultTeamId\": \"" + teamId + "\","
                        + " \"segments\": {\"midMarketFrom\": 200, \"enterpriseFrom\": 1000}}")
                .when().put(url(LeadBridgeService.QUALIFICATION, "/api/v1/routing-rules"))
                .then().statusCode(200);
        String reps = Arrays.stream(repIds).map(id -> rep(id, teamId))
                .collect(Collectors.joining(",", "[", "]"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(reps)
                .when().put(url(LeadBridgeService.QUALIFICATION, "/api/v1/reps"))
                .then().statusCode(200);
    }

    private static String rep(String id, String teamId) {
        String shifts = Arrays.stream(DayOfWeek.values())
                .map(day -> "{\"day\": \"" + day + "\", \"start\": \"00:00\", \"end\": \"00:00\"}")
                .collect(Collectors.joining(","));
        return "{\"id\": \"" + id + "\", \"teamId\": \"" + teamId + "\", \"active\": true, \"weight\": 1,"
                + " \"capacity\": 10000, \"hours\": {\"zone\": \"UTC\", \"shifts\": [" + shifts + "]},"
                + " \"timeOff\": []}";
    }

    /** One wall-time policy for every lead, with the durations given as ISO-8601. */
    public void slaPolicy(String acceptWithin, double warnAt, String notifyManagerAfter, String reassignAfter) {
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("""
                        {"policies": [{"id": "e2e", "grades": [], "channels": [], "mqlReasons": [],
                          "acceptWithin": "%s", "mode": "wall", "warnAtFraction": %s,
                          "escalationSteps": [{"afterDue": "%s", "action": "notify_manager"},
                                              {"afterDue": "%s", "action": "reassign"}]}]}"""
                        .formatted(acceptWithin, warnAt, notifyManagerAfter, reassignAfter))
                .when().put(url(LeadBridgeService.SLA_MONITOR, "/api/v1/sla/policies"))
                .then().statusCode(200);
    }

    /** Publishes the notification subscriptions ({@code {"subscriptions": [...]}}). */
    public void subscriptions(String json) {
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(json)
                .when().put(url(LeadBridgeService.SLA_MONITOR, "/api/v1/notifications/subscriptions"))
                .then().statusCode(200);
    }

    public String url(LeadBridgeService service, String path) {
        return system.baseUrl(service) + path;
    }
}
