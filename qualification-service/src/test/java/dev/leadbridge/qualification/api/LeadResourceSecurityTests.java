package dev.leadbridge.qualification.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_qualification"))
class LeadResourceSecurityTests {

    @Test
    void strangersAreRefusedWithProblem() {
        given().when().get("/api/v1/leads/{id}", UUID.randomUUID())
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void expiredTokenIsRefused() {
        given().auth().oauth2(TestTokens.expiredToken("rep-1", "rep"))
                .when().get("/api/v1/leads/{id}", UUID.randomUUID())
                .then().statusCode(401);
    }

    @Test
    void forgedTokenIsRefused() {
        String token = TestTokens.token("rep-1", "rep");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().auth().oauth2(forged)
                .when().get("/api/v1/leads/{id}", UUID.randomUUID())
                .then().statusCode(401);
    }

    @Test
    void wrongRoleIsForbiddenWithProblem() {
        given().auth().oauth2(TestTokens.token("ops-1", "ops"))
                .when().get("/api/v1/leads/{id}", UUID.randomUUID())
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:leadbridge:problem:forbidden"));
    }

    @Test
    void unknownLeadIsNotFoundForAnAllowedRole() {
        given().auth().oauth2(TestTokens.token("manager-1", "manager"))
                .when().get("/api/v1/leads/{id}", UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
