package dev.leadbridge.intake.api;

import static dev.leadbridge.intake.IntakeFixtures.asIntegration;
import static dev.leadbridge.intake.IntakeFixtures.count;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.leadbridge.events.Topics;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.TopicReader;
import dev.leadbridge.infrastructure.testing.Twice;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Blocked sender domains as versioned managed data: a submission from one, through the JSON API or a form, is kept as
 * spam (counted, recorded with the list version) and never becomes a lead or an event.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_intake"))
class BlockedDomainTests {

    private static final String PATH = "/api/v1/blocked-domains";
    private static final String ADMIN = TestTokens.token("admin-1", "admin");
    private static final String SITE = "https://www.blocked-test.example";
    private static final String FORM = "blocked-domains-form";

    @Inject
    Pool database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aSenderOnTheListIsKeptAsSpamAndNeverALead() {
        String blocked = "blocked-" + UUID.randomUUID() + ".example";
        int version = publish(List.of("other-disposable.example", blocked)).then().statusCode(200)
                .extract().path("version");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "Blocked domains", "allowedOrigins", List.of(SITE), "thankYouUrl", SITE + "/t"))
                .when().put("/api/v1/forms/{id}", FORM).then().statusCode(200);
        String viaApi = "ada@mail." + blocked;
        String viaForm = "grace@" + blocked;

        Response answer = asIntegration().contentType(ContentType.JSON)
                .body(Map.of("email", viaApi, "consent", Map.of("marketingOptIn", true)))
                .when().post("/api/v1/leads");
        assertThat(answer.statusCode()).isEqualTo(202);
        answer.then().body("status", equalTo("spam")).body("leadId", nullValue());
        assertThat(answer.header("Location")).isNull();
        given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .header("Origin", SITE).contentType(ContentType.URLENC).formParams(Map.of("email", viaForm))
                .when().post("/api/v1/forms/{id}/submissions", FORM)
                .then().statusCode(303).header("Location", SITE + "/t");

        assertThat(count(database, "SELECT count(*) FROM lead WHERE email = ANY($1)",
                (Object) new String[] {viaApi, viaForm})).isZero();
        assertThat(count(database, "SELECT count(*) FROM spam_submission WHERE email_domain = $1 AND reason = "
                + "'blocked_domain' AND rule_version = $2", blocked, version)).isEqualTo(2);
        try (TopicReader captured = new TopicReader(bootstrapServers, Topics.LEADS_CAPTURED)) {
            assertThat(captured.readFor(r -> r.value().contains(blocked), Duration.ofSeconds(1))).isEmpty();
        }
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("reason=\"blocked_domain\""));
    }

    @Test
    void theSameListSentTwicePublishesOnceAndEveryVersionIsKept() throws Exception {
        List<String> domains = List.of("once-" + UUID.randomUUID() + ".example");
        List<Response> inARow = Twice.inARow(() -> publish(domains));
        List<String> next = List.of("next-" + UUID.randomUUID() + ".example");
        List<Response> atOnce = Twice.atOnce(() -> publish(next));

        int first = inARow.get(0).jsonPath().getInt("version");
        assertThat(inARow.get(1).jsonPath().getInt("version")).isEqualTo(first);
        assertThat(atOnce).extracting(response -> response.jsonPath().getInt("version"))
                .containsExactly(first + 1, first + 1);
        given().auth().oauth2(ADMIN).when().get(PATH + "/versions").then().statusCode(200)
                .body("version", hasItem(first)).body("[0].version", equalTo(first + 1))
                .body("[0].publishedBy", equalTo("admin-1"));
        given().auth().oauth2(ADMIN).when().get(PATH + "/versions/{version}", first + 1).then().statusCode(200)
                .body("document.domains", equalTo(next));
    }

    @Test
    void aBadListIsAProblemAndPublishesNothingAndStrangersAreRefused() {
        int before = given().auth().oauth2(ADMIN).when().get(PATH).then().statusCode(200).extract().path("version");

        publish(List.of("fine.example", "no domain")).then().statusCode(400).contentType("application/problem+json")
                .body("errors.message", hasItem("domains[1] must be a domain name like rival.com, was 'no domain'"));
        given().auth().oauth2(TestTokens.token("m-1", "marketing")).when().get(PATH).then().statusCode(403);
        given().when().get(PATH).then().statusCode(401);
        asIntegration().when().get(PATH).then().statusCode(403);

        given().auth().oauth2(ADMIN).when().get(PATH).then().body("version", equalTo(before));
    }

    private static Response publish(List<String> domains) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("domains", domains))
                .when().put(PATH);
    }
}
