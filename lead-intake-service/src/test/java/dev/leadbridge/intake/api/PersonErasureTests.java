package dev.leadbridge.intake.api;

import static dev.leadbridge.intake.IntakeFixtures.asIntegration;
import static dev.leadbridge.intake.IntakeFixtures.count;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.leadbridge.events.EventJson;
import dev.leadbridge.events.EventSchemas;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.events.payload.PersonErased;
import dev.leadbridge.infrastructure.kafka.KafkaBroker;
import dev.leadbridge.infrastructure.quarkus.InjectRealInfrastructure;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.PersonalDataSearch;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.TopicReader;
import dev.leadbridge.infrastructure.testing.Twice;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * {@code DELETE /api/v1/people?email=}: the person is gone from every intake table (looked for in every column of
 * every table, the outbox included), the lead stays with its source, and {@code person.erased} is announced once
 * however often the erasure is asked for.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_intake"))
class PersonErasureTests {

    @Inject
    Pool database;

    @InjectRealInfrastructure
    KafkaBroker kafka;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anErasedPersonLeavesNoTraceInAnyTableAndTheLeadKeepsItsSource() {
        Person person = Person.unique("erase");
        asIntegration().contentType(ContentType.JSON) // before anyone knew who the browser's person was
                .body(Map.of("type", "page_view", "visitorId", person.visitorId(), "channel", "social"))
                .when().post("/api/v1/touchpoints").then().statusCode(202);
        String leadId = capture(person, "+49 30 1111111");
        capture(person, "+49 30 2222222"); // a resubmission: history of the old and new phone
        asIntegration().contentType(ContentType.JSON)
                .body(Map.of("type", "content_download", "email", person.email(), "channel", "email",
                        "properties", Map.of("asset", "whitepaper", "question", "call " + person.lastName())))
                .when().post("/api/v1/touchpoints").then().statusCode(202);
        awaitAllPublished();
        assertThat(tracesOf(person)).as("before the erasure").isNotEmpty();

        erase(person.email()).then().statusCode(200)
                .body("leadId", equalTo(leadId)).body("requestedBy", equalTo("admin-1"))
                .body("erasureId", notNullValue()).body("erasedAt", notNullValue());

        assertThat(tracesOf(person)).isEmpty();
        asIntegration().when().get("/api/v1/leads/{id}", leadId).then().statusCode(200)
                .body("erasedAt", notNullValue())
                .body("contact.email", nullValue()).body("contact.lastName", nullValue())
                .body("contact.phone", nullValue()).body("contact.jobTitle", nullValue())
                .body("visitorId", nullValue()).body("customFields.size()", equalTo(0))
                .body("company.name", equalTo("Engines Ltd")).body("source.channel", equalTo("paid_search"))
                .body("source.campaign", equalTo("spring"))
                .body("touchpoints.size()", equalTo(3)); // the visit, the resubmission and the download stay
        assertThat(count(database, "SELECT count(*) FROM lead_change WHERE lead_id = $1 AND field = 'phone'",
                UUID.fromString(leadId))).as("that the phone changed is history").isEqualTo(1);
        assertErasureAnnouncedOnce(leadId);
    }

    @Test
    void erasingTwiceInARowErasesOnceAndAnswersTheSame() throws Exception {
        Person person = Person.unique("twice");
        String leadId = capture(person, "+49 30 3333333");

        List<Response> answers = Twice.inARow(() -> erase(person.email()));

        assertThat(answers).extracting(Response::statusCode).containsExactly(200, 200);
        assertThat(answers).extracting(answer -> answer.jsonPath().getString("erasureId"))
                .containsOnly(answers.get(0).jsonPath().getString("erasureId"));
        assertErasureAnnouncedOnce(leadId);
    }

    @Test
    void erasingTwiceAtOnceErasesOnce() throws Exception {
        Person person = Person.unique("race");
        String leadId = capture(person, "+49 30 4444444");

        List<Response> answers = Twice.atOnce(() -> erase(person.email()));

        assertThat(answers).extracting(Response::statusCode).containsExactly(200, 200);
        assertThat(answers).extracting(answer -> answer.jsonPath().getString("erasureId")).containsOnly(
                answers.get(0).jsonPath().getString("erasureId"));
        assertErasureAnnouncedOnce(leadId);
    }

    @Test
    void aPersonWhoComesBackIsANewLeadAndCanBeErasedAgain() {
        Person person = Person.unique("back");
        String first = capture(person, "+49 30 5555555");
        String firstErasure = erase(person.email()).then().statusCode(200).extract().path("erasureId");

        String second = capture(person, "+49 30 6666666");
        assertThat(second).isNotEqualTo(first);
        erase(person.email()).then().statusCode(200).body("leadId", equalTo(second))
                .body("erasureId", not(equalTo(firstErasure)));
        // erased right after the capture, whose event may still wait for the relay: it is published, then forgotten
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(tracesOf(person)).isEmpty());
    }

    /** Kafka away: the capture's event still waits in the outbox when the person is erased. */
    @Test
    void anEventStillUnpublishedAtTheErasureIsPublishedAndThenForgotten() {
        Person person = Person.unique("waiting");
        String leadId;
        kafka.stop();
        try {
            leadId = capture(person, "+49 30 9999999");
            erase(person.email()).then().statusCode(200);
            assertThat(tracesOf(person)).as("the capture's event, not yet published")
                    .containsOnly("public.outbox_event");
        } finally {
            kafka.restart();
        }

        assertErasureAnnouncedOnce(leadId);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(tracesOf(person)).isEmpty());
    }

    @Test
    void nothingIsKeptOrChangedForAnErasedPerson() {
        Person person = Person.unique("after");
        String leadId = capture(person, "+49 30 7777777");
        erase(person.email()).then().statusCode(200);

        asIntegration().contentType(ContentType.JSON).body(Map.of("marketingOptIn", true, "text", "news"))
                .when().post("/api/v1/leads/{id}/consent", leadId)
                .then().statusCode(410).contentType("application/problem+json")
                .body("type", equalTo("urn:leadbridge:problem:person-erased"));
        asIntegration().contentType(ContentType.JSON)
                .body(Map.of("type", "unsubscribe", "leadId", leadId, "channel", "email"))
                .when().post("/api/v1/touchpoints").then().statusCode(202);

        assertThat(count(database, "SELECT count(*) FROM lead_change WHERE lead_id = $1", UUID.fromString(leadId)))
                .isZero();
    }

    @Test
    void unknownPeopleBadAddressesStrangersAndTheWrongRolesChangeNothing() {
        Person person = Person.unique("guarded");
        String leadId = capture(person, "+49 30 8888888");

        erase("nobody-" + UUID.randomUUID() + "@engines.example").then().statusCode(404)
                .contentType("application/problem+json");
        erase("not an address").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("admin-1", "admin")).when().delete("/api/v1/people")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("email", person.email()).when().delete("/api/v1/people").then().statusCode(401);
        for (String role : List.of("rep", "manager", "marketing", "ops")) {
            given().auth().oauth2(TestTokens.token("someone", role)).queryParam("email", person.email())
                    .when().delete("/api/v1/people").then().statusCode(403);
        }
        asIntegration().queryParam("email", person.email()).when().delete("/api/v1/people").then().statusCode(403);

        asIntegration().when().get("/api/v1/leads/{id}", leadId).then().statusCode(200)
                .body("contact.email", equalTo(person.email())).body("erasedAt", nullValue());
        assertThat(count(database, "SELECT count(*) FROM person_erasure WHERE lead_id = $1", UUID.fromString(leadId)))
                .isZero();
    }

    /** Someone with values no other test uses, so finding one of them anywhere is finding this person. */
    private record Person(String email, String firstName, String lastName, String visitorId) {

        static Person unique(String label) {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            return new Person(label + "-" + tag + "@engines.example", "Ada" + tag, "Lovelace" + tag, "v-" + tag);
        }
    }

    private static String capture(Person person, String phone) {
        return asIntegration().contentType(ContentType.JSON)
                .body(Map.of("email", person.email(), "firstName", person.firstName(), "lastName", person.lastName(),
                        "phone", phone, "jobTitle", "Head of " + person.lastName(), "visitorId", person.visitorId(),
                        "company", "Engines Ltd", "customFields", Map.of("note", person.lastName()),
                        "consent", Map.of("marketingOptIn", true, "text", "Send me news"),
                        "source", Map.of("channel", "paid_search", "campaign", "spring")))
                .when().post("/api/v1/leads").then().statusCode(202).extract().path("leadId");
    }

    private static Response erase(String email) {
        return given().auth().oauth2(TestTokens.token("admin-1", "admin")).queryParam("email", email)
                .when().delete("/api/v1/people");
    }

    /** The tables where any of the person's values still is. */
    private List<String> tracesOf(Person person) {
        return List.of(person.email(), person.firstName(), person.lastName(), person.visitorId()).stream()
                .flatMap(value -> PersonalDataSearch.tablesContaining(value)
                        .stream())
                .distinct().toList();
    }

    /** Waits until the relay has published (and marked) every event, as in normal operation. */
    private void awaitAllPublished() {
        await().atMost(Duration.ofSeconds(20)).until(() -> count(database,
                "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL") == 0);
    }

    private void assertErasureAnnouncedOnce(String leadId) {
        try (TopicReader captured = new TopicReader(bootstrapServers, Topics.LEADS_CAPTURED)) {
            List<ConsumerRecord<String, String>> erasures = captured.await(r -> leadId.equals(r.key())
                    && EventType.PERSON_ERASED.ceType().equals(TopicReader.header(r, "ce_type")), 1,
                    Duration.ofSeconds(20));
            assertThat(EventSchemas.violations(EventType.PERSON_ERASED, erasures.get(0).value())).isEmpty();
            assertThat(EventJson.read(erasures.get(0).value(), PersonErased.class).leadId())
                    .isEqualTo(UUID.fromString(leadId));
            assertThat(captured.readFor(r -> leadId.equals(r.key())
                    && EventType.PERSON_ERASED.ceType().equals(TopicReader.header(r, "ce_type")),
                    Duration.ofMillis(500))).isEmpty();
        }
        assertThat(count(database, "SELECT count(*) FROM person_erasure WHERE lead_id = $1", UUID.fromString(leadId)))
                .isEqualTo(1);
    }
}
