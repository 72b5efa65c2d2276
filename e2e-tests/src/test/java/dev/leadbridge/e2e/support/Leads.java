package dev.leadbridge.e2e.support;

import static io.restassured.RestAssured.given;

import dev.leadbridge.infrastructure.local.LeadBridgeService;
import dev.leadbridge.infrastructure.local.LeadBridgeSystem;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;

/** Leads as an integration sends them to intake's JSON API. */
public final class Leads {

    private final LeadBridgeSystem system;
    private final String apiKey;

    public Leads(LeadBridgeSystem system, String apiKey) {
        this.system = system;
        this.apiKey = apiKey;
    }

    /**
     * A VP of Marketing at a 500-person German software company of its own domain: grade A and an MQL on its score
     * alone, routed by round robin (no account owner). Intake must take it (202); its id.
     */
    public String captureStrongLead() {
        String domain = UUID.randomUUID() + ".example";
        return given().header("X-Api-Key", apiKey).contentType(ContentType.JSON)
                .body(Map.of("email", "ada@" + domain, "firstName", "Ada", "lastName", "Lovelace",
                        "jobTitle", "VP Marketing", "company", "Engines " + domain, "companySize", 500,
                        "industry", "Software", "country", "DE", "consent", Map.of("marketingOptIn", true),
                        "source", Map.of("channel", "paid_search", "campaign", "faults")))
                .when().post(system.baseUrl(LeadBridgeService.LEAD_INTAKE) + "/api/v1/leads")
                .then().statusCode(202).extract().path("leadId");
    }
}
