package dev.leadbridge.intake.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Integrators build against the OpenAPI document: every field of every request body carries an example. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_intake"))
class OpenApiTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"CaptureLeadRequest", "ConsentRequest", "SourceRequest", "RecordTouchpointRequest",
            "FormDefinition", "NewApiKey"})
    void everyRequestFieldHasAnExample(String schema) {
        JsonPath openApi = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> properties = openApi.getMap("components.schemas." + schema + ".properties");
        assertThat(properties).as(schema).isNotEmpty();
        // a field whose type is another schema ($ref) is documented, with examples, in that schema
        properties.entrySet().stream().filter(field -> !field.getValue().containsKey("$ref"))
                .forEach(field -> assertThat(field.getValue())
                        .as(schema + "." + field.getKey() + " documents an example").containsKey("examples"));
    }
}
