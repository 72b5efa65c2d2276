package dev.leadbridge.intake.api;

import static dev.leadbridge.intake.IntakeFixtures.asIntegration;
import static dev.leadbridge.intake.IntakeFixtures.count;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.Twice;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same lead submitted twice, as people and integrations do it: a double click, a browser re-posting a form, an
 * integration retrying with or without an {@code Idempotency-Key}. Through every entry point, one after the other and
 * both at once, the answer is one lead and a duplicate: never two leads, never a 5xx, never history for a change
 * that did not happen.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_intake"))
class RepeatedSubmissionTests {

    private static final String SITE = "https://www.example.com";
    private static final String FORM = "repeated";

    @Inject
    Pool database;

    @BeforeEach
    void registerForm() {
        given().auth().oauth2(TestTokens.token("admin-1", "admin")).contentType(ContentType.JSON)
                .body(Map.of("name", "Repeated submissions", "allowedOrigins", List.of(SITE),
                        "thankYouUrl", SITE + "/thanks"))
                .when().put("/api/v1/forms/{id}", FORM)
                .then().statusCode(200);
    }

    /** The three ways a lead arrives, each sending the same address with the same fields. */
    enum EntryPoint {
        JSON_API(email -> asIntegration().contentType(ContentType.JSON)
                .body(Map.of("email", email, "company", "Twice GmbH", "consent", Map.of("marketingOptIn", true)))
                .post("/api/v1/leads")),
        URLENCODED_FORM(email -> formClient().contentType(ContentType.URLENC)
                .formParams(Map.of("email", email, "company", "Twice GmbH", "marketing_opt_in", "on"))
                .post("/api/v1/forms/{id}/submissions", FORM)),
        MULTIPART_FORM(email -> formClient().multiPart("email", email).multiPart("company", "Twice GmbH")
                .multiPart("marketing_opt_in", "on")
                .post("/api/v1/forms/{id}/submissions", FORM));

        private final Function<String, Response> send;

        EntryPoint(Function<String, Response> send) {
            this.send = send;
        }

        Callable<Response> submitting(String email) {
            return () -> send.apply(email);
        }
    }

    @ParameterizedTest
    @EnumSource(EntryPoint.class)
    void identicalResubmissionIsADuplicateWithATouchpointAndNoHistory(EntryPoint entry) throws Exception {
        String email = "same-" + UUID.randomUUID() + "@twice.example";

        List<Response> answers = Twice.inARow(entry.submitting(email));

        assertThat(answers).extracting(Response::statusCode).containsExactly(202, 202);
        assertThat(answers).extracting(answer -> answer.path("status")).containsExactly("captured", "duplicate");
        String leadId = answers.get(0).path("leadId");
        assertThat(answers.get(1).<String>path("leadId")).isEqualTo(leadId);
        assertOneLeadWithOneResubmission(email, leadId);
    }

    @ParameterizedTest
    @EnumSource(EntryPoint.class)
    void twoClientsSubmittingOneNewAddressAtOnceMakeOneLeadAndOneDuplicate(EntryPoint entry) throws Exception {
        for (int round = 0; round < 5; round++) {
            String email = "race-" + UUID.randomUUID() + "@twice.example";

            List<Response> answers = Twice.atOnce(entry.submitting(email));

            assertThat(answers).extracting(Response::statusCode).containsExactly(202, 202);
            assertThat(answers).extracting(answer -> answer.<String>path("status"))
                    .containsExactlyInAnyOrder("captured", "duplicate");
            assertThat(answers.get(0).<String>path("leadId")).isEqualTo(answers.get(1).path("leadId"));
            assertOneLeadWithOneResubmission(email, answers.get(0).path("leadId"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"  %s", "%s  ", "\t%s\r\n", "\r\n%s", "%s\n", " \r\n %s \r\n "})
    void addressWithSurroundingWhiteSpaceOrLineBreaksIsTheSameLead(String variant) throws Exception {
        String email = "trimmed-" + UUID.randomUUID() + "@twice.example";
        String leadId = EntryPoint.JSON_API.submitting(email).call().then().statusCode(202).extract().path("leadId");

        for (EntryPoint entry : EntryPoint.values()) {
            Response again = entry.submitting(variant.formatted(email)).call();
            assertThat(again.statusCode()).as(entry.name()).isEqualTo(202);
            assertThat(again.<String>path("status")).as(entry.name()).isEqualTo("duplicate");
            assertThat(again.<String>path("leadId")).as(entry.name()).isEqualTo(leadId);
        }
        assertThat(count(database, "SELECT count(*) FROM lead WHERE email = $1", email)).isOne();
        assertThat(count(database, "SELECT count(*) FROM lead_change WHERE lead_id = $1", UUID.fromString(leadId)))
                .isZero();
    }

    @Test
    void retryWithTheSameIdempotencyKeyInARowAndAtOnceReplaysTheFirstAnswer() throws Exception {
        for (boolean atOnce : new boolean[]{false, true}) {
            String email = "keyed-" + UUID.randomUUID() + "@twice.example";
            String key = UUID.randomUUID().toString();
            Callable<Response> submit = () -> asIntegration().header("Idempotency-Key", key)
                    .contentType(ContentType.JSON)
                    .body(Map.of("email", email, "consent", Map.of("marketingOptIn", true)))
                    .post("/api/v1/leads");

            List<Response> answers = atOnce ? Twice.atOnce(submit) : Twice.inARow(submit);

            assertThat(answers).extracting(Response::statusCode).containsExactly(202, 202);
            assertThat(answers).extracting(answer -> answer.<String>path("status")).containsOnly("captured");
            assertThat(answers.get(0).<String>path("leadId")).isEqualTo(answers.get(1).path("leadId"));
            UUID leadId = UUID.fromString(answers.get(0).path("leadId"));
            assertThat(count(database, "SELECT count(*) FROM lead WHERE email = $1", email)).isOne();
            assertThat(count(database, "SELECT count(*) FROM touchpoint WHERE lead_id = $1", leadId))
                    .as("a replay does nothing again").isZero();
        }
    }

    @Test
    void browserPostingTheFormTwiceIsSentToTheThankYouPageTwiceAndMakesOneLead() throws Exception {
        String email = "browser-" + UUID.randomUUID() + "@twice.example";
        Callable<Response> post = () -> formClient().accept("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
                .contentType(ContentType.URLENC).formParams(Map.of("email", email, "marketing_opt_in", "on"))
                .post("/api/v1/forms/{id}/submissions", FORM);

        for (List<Response> answers : List.of(Twice.inARow(post), Twice.atOnce(post))) {
            assertThat(answers).extracting(Response::statusCode).containsExactly(303, 303);
            assertThat(answers).extracting(answer -> answer.header("Location")).containsOnly(SITE + "/thanks");
        }
        assertThat(count(database, "SELECT count(*) FROM lead WHERE email = $1", email)).isOne();
        assertThat(count(database, "SELECT count(*) FROM touchpoint t JOIN lead l ON l.id = t.lead_id "
                + "WHERE l.email = $1 AND t.type = 'FORM_SUBMISSION'", email)).isEqualTo(3);
    }

    @Test
    void changedResubmissionStillRecordsWhatChanged() throws Exception {
        String email = "changed-" + UUID.randomUUID() + "@twice.example";
        String leadId = EntryPoint.JSON_API.submitting(email).call().path("leadId");

        asIntegration().contentType(ContentType.JSON)
                .body(Map.of("email", email, "company", "Twice AG", "consent", Map.of("marketingOptIn", true)))
                .post("/api/v1/leads")
                .then().statusCode(202);

        assertThat(count(database, "SELECT count(*) FROM lead_change WHERE lead_id = $1", UUID.fromString(leadId)))
                .isOne();
    }

    private void assertOneLeadWithOneResubmission(String email, String leadId) {
        UUID id = UUID.fromString(leadId);
        assertThat(count(database, "SELECT count(*) FROM lead WHERE email = $1", email)).isOne();
        assertThat(count(database, "SELECT count(*) FROM lead_change WHERE lead_id = $1", id)).isZero();
        assertThat(count(database,
                "SELECT count(*) FROM touchpoint WHERE lead_id = $1 AND type = 'FORM_SUBMISSION'", id)).isOne();
        assertThat(count(database, "SELECT count(*) FROM outbox_event WHERE record_key = $1 AND topic = "
                + "'leads.captured'", leadId)).as("one lead.captured").isOne();
    }

    /** A script on the form's page posting it and asking for JSON, so the answer carries the lead id. */
    private static RequestSpecification formClient() {
        return given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .header("Origin", SITE).accept(ContentType.JSON);
    }
}
