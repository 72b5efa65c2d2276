package dev.leadbridge.sla.api;

import static dev.leadbridge.sla.TestSubscriptions.set;
import static dev.leadbridge.sla.TestSubscriptions.subscription;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.Twice;
import dev.leadbridge.sla.TestSubscriptions;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The subscriptions as versioned configuration, and who may read, publish and look at the delivery log. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_sla"))
class NotificationSubscriptionResourceTests {

    private static final String PATH = "/api/v1/notifications/subscriptions";
    private static final String ADMIN = TestTokens.token("admin-1", "admin");
    private static final String MANAGER = TestTokens.token("manager-1", "manager");
    private static final String OPS = TestTokens.token("ops-1", "ops");
    private static final String REP = TestTokens.token("rep-1", "rep");
    private static final String ADA = set(
            subscription("ada-new-leads", "rep:ada", "ada@leadbridge.example", "lead.assigned", "sla.warning"),
            subscription("emea-slack", "team:emea", "https://hooks.leadbridge.example/emea", "sla.breached"));

    @AfterEach
    void nobodySubscribed() {
        TestSubscriptions.none();
    }

    @Test
    void adminsPublishManagersAndOpsReadAndEveryoneElseIsRefused() {
        given().auth().oauth2(ADMIN).contentType("application/json").body(ADA).queryParam("comment", "ada's leads")
                .when().put(PATH).then().statusCode(200)
                .body("subscriptions", hasSize(2));

        for (String reader : List.of(MANAGER, OPS, ADMIN)) {
            given().auth().oauth2(reader).when().get(PATH).then().statusCode(200)
                    .body("subscriptions[0].id", equalTo("ada-new-leads"))
                    .body("subscriptions[0].triggers", equalTo(List.of("lead.assigned", "sla.warning")))
                    .body("subscriptions[1].webhookUrl", equalTo("https://hooks.leadbridge.example/emea"));
        }
        given().when().get(PATH).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(REP).when().get(PATH).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(MANAGER).contentType("application/json").body(set()).when().put(PATH)
                .then().statusCode(403);
        given().auth().oauth2(OPS).when().get(PATH + "/versions").then().statusCode(200)
                .body("[0].comment", equalTo("ada's leads")).body("[0].publishedBy", equalTo("admin-1"));
        given().auth().oauth2(REP).when().get(PATH + "/versions").then().statusCode(403);
    }

    @Test
    void anInvalidSetIsRefusedWithEveryProblemAndNothingIsPublished() {
        String before = given().auth().oauth2(ADMIN).when().get(PATH).then().extract().header("ETag");
        String invalid = set(
                subscription("ok", "rep:ada", "ada@leadbridge.example", "lead.assigned"),
                "{\"id\": \"ok\", \"audience\": \"group:x\", \"triggers\": [\"lead.accepted\"], "
                        + "\"email\": \"not-an-address\"}",
                subscription("hook", "role:manager", "ftp://files.example/x", "sla.breached"));

        given().auth().oauth2(ADMIN).contentType("application/json").body(invalid).when().put(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:leadbridge:problem:validation"))
                .body("errors.field", hasItems("subscriptions[1].id", "subscriptions[1].audience",
                        "subscriptions[1].triggers", "subscriptions[1].email", "subscriptions[2].webhookUrl"));
        for (String hostile : List.of("", "null", "[]", "{\"subscriptions\": \"all\"}", "{\"subscriptions\": [1]}",
                "{\"subscriptions\": [{\"id\": \"x\", \"triggers\": \"lead.assigned\"}]}")) {
            given().auth().oauth2(ADMIN).contentType("application/json").body(hostile).when().put(PATH)
                    .then().statusCode(400).contentType("application/problem+json");
        }

        given().auth().oauth2(ADMIN).when().get(PATH).then().statusCode(200).header("ETag", before);
    }

    @Test
    void theSameSetSentTwiceInARowOrAtOncePublishesOneVersionAndAStaleOneIsRefused() throws Exception {
        String before = given().auth().oauth2(ADMIN).when().get(PATH).then().extract().header("ETag");
        int version = Integer.parseInt(before.replace("\"", ""));

        List<Response> inARow = Twice.inARow(() -> given().auth().oauth2(ADMIN).header("If-Match", before)
                .contentType("application/json").body(ADA).when().put(PATH));
        assertThat(inARow).extracting(Response::statusCode).containsExactly(200, 200);
        assertThat(inARow).extracting(r -> r.header("ETag")).containsOnly("\"" + (version + 1) + "\"");

        String other = set(subscription("linus", "rep:linus", "linus@leadbridge.example", "lead.assigned"));
        List<Response> atOnce = Twice.atOnce(() -> given().auth().oauth2(ADMIN)
                .contentType("application/json").body(other).when().put(PATH));
        assertThat(atOnce).extracting(Response::statusCode).containsExactly(200, 200);
        assertThat(atOnce).extracting(r -> r.header("ETag")).containsOnly("\"" + (version + 2) + "\"");

        given().auth().oauth2(ADMIN).header("If-Match", before).contentType("application/json").body(set())
                .when().put(PATH).then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).when().get(PATH).then().header("ETag", "\"" + (version + 2) + "\"")
                .body("subscriptions[0].id", equalTo("linus"));
    }

    @Test
    void theDeliveryLogIsForManagersOpsAndAdminsAndSaysWhatItCannotRead() {
        String log = "/api/v1/notifications/deliveries";
        given().auth().oauth2(OPS).queryParam("subscription", "nobody-yet").when().get(log)
                .then().statusCode(200).body("", hasSize(0));
        given().queryParam("subscription", "x").when().get(log).then().statusCode(401);
        given().auth().oauth2(REP).queryParam("subscription", "x").when().get(log).then().statusCode(403);
        given().auth().oauth2(OPS).when().get(log).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(OPS).queryParam("subscription", "x").queryParam("status", "lost").when().get(log)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("status"));
        given().auth().oauth2(OPS).queryParam("subscription", "x").queryParam("limit", 0).when().get(log)
                .then().statusCode(400).contentType("application/problem+json");
    }
}
