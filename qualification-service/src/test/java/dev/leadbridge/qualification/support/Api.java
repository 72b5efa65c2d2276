package dev.leadbridge.qualification.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.leadbridge.events.EventType;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.UUID;

/** The sales-rep API as people use it in tests: signed in with a role, acting on leads captured over Kafka. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String subject, String... roles) {
        return given().auth().oauth2(TestTokens.token(subject, roles));
    }

    public static RequestSpecification asManager() {
        return as("manager-1", "manager");
    }

    /** Captures a strong lead from {@code country} through leads.captured and waits until it reaches {@code stage}. */
    public static UUID captureUntil(TopicWriter writer, String country, String stage) {
        UUID leadId = UUID.randomUUID();
        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, leadId.toString(),
                Events.strongLeadFrom(leadId, country));
        awaitStage(leadId, stage);
        return leadId;
    }

    public static void awaitStage(UUID leadId, String stage) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asManager().when().get("/api/v1/leads/{id}", leadId)
                .then().statusCode(200).body("stage", equalTo(stage)));
    }

    public static String ownerOf(UUID leadId) {
        return asManager().when().get("/api/v1/leads/{id}", leadId).then().statusCode(200).extract().path("ownerId");
    }

    /** A lead action with a JSON body (reject, convert, close, reassign). */
    public static ValidatableResponse post(RequestSpecification who, UUID leadId, String action, String json) {
        return who.contentType(ContentType.JSON).body(json)
                .when().post("/api/v1/leads/{id}/" + action, leadId).then();
    }
}
