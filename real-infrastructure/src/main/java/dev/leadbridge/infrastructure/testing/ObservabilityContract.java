package dev.leadbridge.infrastructure.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

/**
 * What every service must show operators, as tests each service inherits: health that reflects Kafka and
 * PostgreSQL, Prometheus metrics, and its OpenAPI document with Swagger UI. Subclass it in a {@code @QuarkusTest}
 * that runs against {@code RealInfrastructureTestResource}.
 */
public abstract class ObservabilityContract {

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void readinessChecksKafkaAndTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem("Kafka connection health check"));
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("# TYPE"));
    }

    @Test
    void openApiDocumentAndSwaggerUiAreServed() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("openapi", org.hamcrest.Matchers.startsWith("3."));
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200);
    }
}
