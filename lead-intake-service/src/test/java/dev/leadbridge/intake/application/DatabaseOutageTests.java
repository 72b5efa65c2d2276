package dev.leadbridge.intake.application;

import static dev.leadbridge.intake.IntakeFixtures.asIntegration;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.leadbridge.infrastructure.postgres.PostgresServer;
import dev.leadbridge.infrastructure.quarkus.InjectRealInfrastructure;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.intake.IntakeFixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With PostgreSQL away, capture answers 503 with Retry-After, never a fake 202, and recovers when it is back. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_intake"))
class DatabaseOutageTests {

    @InjectRealInfrastructure
    PostgresServer postgres;

    @Test
    void captureIsRefusedHonestlyWhileTheDatabaseIsDownAndWorksAgainAfter() {
        IntakeFixtures.integrationKey(); // created while the database is up
        postgres.stop();
        try {
            capture("outage@engines.example")
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("type", equalTo("urn:leadbridge:problem:unavailable"));
            given().when().get("/q/health/ready").then().statusCode(503);
        } finally {
            postgres.restart();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                capture("after-outage@engines.example").statusCode(202));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/q/health/ready").then().statusCode(200));
    }

    private static io.restassured.response.ValidatableResponse capture(String email) {
        return asIntegration().contentType(ContentType.JSON)
                .body(Map.of("email", email, "consent", Map.of("marketingOptIn", true)))
                .when().post("/api/v1/leads").then();
    }
}
