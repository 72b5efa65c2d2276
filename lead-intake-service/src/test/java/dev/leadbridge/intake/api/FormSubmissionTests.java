package dev.leadbridge.intake.api;

import static dev.leadbridge.intake.IntakeFixtures.asIntegration;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.EventSchemas;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.TopicReader;
import dev.leadbridge.intake.IntakeFixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_intake"))
class FormSubmissionTests {

    private static final String SITE = "https://www.example.com";
    private static final String FORM = "pricing";

    @Inject
    Pool database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void registerForm() {
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "Pricing page", "allowedOrigins", List.of(SITE),
                        "fieldMapping", Map.of("work_email", "email"), "honeypotField", "website",
                        "minimumFillSeconds", 3, "thankYouUrl", SITE + "/thanks",
                        "consentText", "Send me product news"))
                .when().put("/api/v1/forms/{id}", FORM)
                .then().statusCode(200).body("formId", equalTo(FORM));
    }

    @Test
    void browserPostIsCapturedAndRedirectedToTheThankYouPage() {
        String email = "form-" + UUID.randomUUID() + "@engines.example";
        browser().contentType(ContentType.URLENC)
                .formParams(Map.of("work_email", email, "first_name", "Ada", "company", "Engines",
                        "country", "de", "marketing_opt_in", "on", "utm_source", "google", "utm_medium", "cpc",
                        "utm_campaign", "spring", "budget", "50k", "website", ""))
                .formParam("lb_started_at", String.valueOf(System.currentTimeMillis() - 10_000))
                .when().post("/api/v1/forms/{id}/submissions", FORM)
                .then().statusCode(303)
                .header("Location", equalTo(SITE + "/thanks"));

        LeadCaptured event = capturedEventFor(email);
        assertThat(event.source().formId()).isEqualTo(FORM);
        assertThat(event.source().channel()).isEqualTo(Channel.PAID_SEARCH);
        assertThat(event.source().utmCampaign()).isEqualTo("spring");
        assertThat(event.source().landingPage()).isEqualTo(SITE + "/pricing");
        assertThat(event.country()).isEqualTo("DE");
        assertThat(event.consent().marketingOptIn()).isTrue();
        assertThat(event.consent().text()).isEqualTo("Send me product news");
        assertThat(event.customFields()).containsEntry("budget", "50k").doesNotContainKey("website");
    }

    @Test
    void multipartPostAcceptingJsonGets202WithTheLeadId() {
        String email = "multipart-" + UUID.randomUUID() + "@engines.example";
        String leadId = given().header("Origin", SITE).accept(ContentType.JSON)
                .multiPart("email", email).multiPart("last_name", "Hopper")
                .when().post("/api/v1/forms/{id}/submissions", FORM)
                .then().statusCode(202)
                .header("Access-Control-Allow-Origin", SITE)
                .body("status", equalTo("captured"))
                .extract().path("leadId");
        assertThat(capturedEventFor(email).leadId()).hasToString(leadId);
    }

    @Test
    void postFromAnotherOriginIsRefusedAndStoresNothing() {
        String email = "evil-" + UUID.randomUUID() + "@engines.example";
        given().header("Origin", "https://evil.example").contentType(ContentType.URLENC)
                .formParam("email", email)
                .when().post("/api/v1/forms/{id}/submissions", FORM)
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.URLENC).formParam("email", email)
                .when().post("/api/v1/forms/{id}/submissions", FORM)
                .then().statusCode(403);
        assertThat(leadsWithEmail(email)).isZero();
    }

    @Test
    void refererStandsInForAMissingOrigin() {
        given().header("Referer", SITE + "/pricing?plan=team").accept(ContentType.JSON).contentType(ContentType.URLENC)
                .formParam("email", "referer-" + UUID.randomUUID() + "@engines.example")
                .when().post("/api/v1/forms/{id}/submissions", FORM)
                .then().statusCode(202);
    }

    @Test
    void honeypotSpamIsAnsweredAsIfAcceptedButStoredNowhere() {
        String email = "bot-" + UUID.randomUUID() + "@engines.example";
        browser().contentType(ContentType.URLENC)
                .formParams(Map.of("email", email, "website", "http://spam.example"))
                .when().post("/api/v1/forms/{id}/submissions", FORM)
                .then().statusCode(303).header("Location", equalTo(SITE + "/thanks"));
        assertThat(leadsWithEmail(email)).isZero();
        given().when().get("/q/metrics").then()
                .body(containsString("leadbridge_intake_spam_total{form=\"pricing\",reason=\"honeypot\"}"));
    }

    @Test
    void formFilledFasterThanAHumanCouldIsSpam() {
        String email = "fast-" + UUID.randomUUID() + "@engines.example";
        browser().contentType(ContentType.URLENC)
                .formParams(Map.of("email", email, "lb_started_at", String.valueOf(System.currentTimeMillis())))
                .when().post("/api/v1/forms/{id}/submissions", FORM)
                .then().statusCode(303);
        assertThat(leadsWithEmail(email)).isZero();
    }

    @Test
    void unknownFormIsNotFound() {
        browser().contentType(ContentType.URLENC).formParam("email", "a@b.example")
                .when().post("/api/v1/forms/{id}/submissions", "no-such-form")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void invalidSubmissionIsAProblemListingTheField() {
        browser().accept(ContentType.JSON).contentType(ContentType.URLENC)
                .formParams(Map.of("first_name", "No Email"))
                .when().post("/api/v1/forms/{id}/submissions", FORM)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("email"));
    }

    @Test
    void preflightAllowsOnlyTheFormsOrigins() {
        given().header("Origin", SITE).header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/forms/{id}/submissions", FORM)
                .then().statusCode(204).header("Access-Control-Allow-Origin", equalTo(SITE));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/forms/{id}/submissions", FORM)
                .then().statusCode(204).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void unusableDefinitionIsRefusedWithItsProblems() {
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "Broken", "allowedOrigins", List.of("www.example.com"),
                        "fieldMapping", Map.of("mail", "e_mail")))
                .when().put("/api/v1/forms/{id}", "broken")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("allowedOrigins", "fieldMapping"));
    }

    @Test
    void onlyAdminsRegisterForms() {
        given().auth().oauth2(TestTokens.token("m-1", "marketing")).contentType(ContentType.JSON)
                .body(Map.of("name", "X", "allowedOrigins", List.of(SITE)))
                .when().put("/api/v1/forms/{id}", "x")
                .then().statusCode(403);
        asIntegration().contentType(ContentType.JSON)
                .body(Map.of("name", "X", "allowedOrigins", List.of(SITE)))
                .when().put("/api/v1/forms/{id}", "x")
                .then().statusCode(403);
    }

    private static RequestSpecification browser() {
        return given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .header("Origin", SITE).header("Referer", SITE + "/pricing")
                .accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    }

    /** The capture of the lead with this address, as published, its sealed fields opened with the lead's key. */
    private LeadCaptured capturedEventFor(String email) {
        String leadId = database.preparedQuery("SELECT id FROM lead WHERE email = $1").execute(Tuple.of(email))
                .await().atMost(Duration.ofSeconds(5)).iterator().next().getUUID(0).toString();
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.LEADS_CAPTURED)) {
            List<ConsumerRecord<String, String>> records = reader.await(r -> leadId.equals(r.key())
                    && EventType.LEAD_CAPTURED.ceType().equals(TopicReader.header(r, "ce_type")), 1,
                    Duration.ofSeconds(20));
            assertThat(records).hasSize(1);
            assertThat(records.get(0).value()).doesNotContain(email);
            assertThat(EventSchemas.violations(EventType.LEAD_CAPTURED, records.get(0).value())).isEmpty();
            return IntakeFixtures.opened(EventJson.read(records.get(0).value(), LeadCaptured.class));
        }
    }

    private long leadsWithEmail(String email) {
        return database.preparedQuery("SELECT count(*) FROM lead WHERE email = $1").execute(Tuple.of(email))
                .await().atMost(Duration.ofSeconds(5)).iterator().next().getLong(0);
    }

    private static String admin() {
        return TestTokens.token("admin-1", "admin");
    }
}
