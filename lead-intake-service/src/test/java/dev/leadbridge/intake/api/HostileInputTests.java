package dev.leadbridge.intake.api;

import static dev.leadbridge.intake.IntakeFixtures.integrationKey;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.Twice;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests a hostile or careless client sends, against every intake endpoint: each gets a clear 4xx problem (never
 * a 5xx) and changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_intake"))
class HostileInputTests {

    private static final String LEADS = "/api/v1/leads";
    private static final String TOUCHPOINTS = "/api/v1/touchpoints";
    private static final String CONSENT = "\"consent\": {\"marketingOptIn\": true}";

    @Inject
    Pool database;

    /** One hostile request: where it goes, what it carries, and the status it must get. */
    record Hostile(String name, String method, String path, String contentType, byte[] body,
                   Map<String, String> headers, int expectedStatus) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Hostile> hostileRequests() {
        String key = "X-Api-Key";
        return Stream.of(
                json("oversized body (100 KiB)", LEADS, "{\"email\": \"a@b.example\", " + CONSENT
                        + ", \"customFields\": {\"x\": \"" + "A".repeat(100 * 1024) + "\"}}", 413),
                raw("wrong content type", "POST", LEADS, "text/plain", "email=a@b.example", 415),
                json("malformed JSON", LEADS, "{\"email\": \"a@b.example\", ", 400),
                json("JSON array instead of object", LEADS, "[1, 2, 3]", 400),
                json("JSON null body", LEADS, "null", 400),
                json("empty body", LEADS, "", 400),
                new Hostile("invalid UTF-8", "POST", LEADS, "application/json",
                        concat("{\"email\": \"a@b.example\", " + CONSENT + ", \"firstName\": \"", new byte[]{
                                (byte) 0xC3, (byte) 0x28, (byte) 0xFF}, "\"}"), Map.of(key, ""), 400),
                json("deeply nested JSON", LEADS, "{\"email\": \"a@b.example\", " + CONSENT + ", \"customFields\": "
                        + "[".repeat(5000) + "]".repeat(5000) + "}", 400),
                json("wrong type: email as array", LEADS, "{\"email\": [\"a@b.example\"], " + CONSENT + "}", 400),
                json("wrong type: companySize as text", LEADS,
                        "{\"email\": \"a@b.example\", \"companySize\": \"lots\", " + CONSENT + "}", 400),
                json("wrong type: consent as string", LEADS, "{\"email\": \"a@b.example\", \"consent\": \"yes\"}", 400),
                json("SQL injection as e-mail", LEADS,
                        "{\"email\": \"' OR 1=1; DROP TABLE lead; --\", " + CONSENT + "}", 400),
                json("script as e-mail", LEADS, "{\"email\": \"<script>alert(1)</script>\", " + CONSENT + "}", 400),
                json("e-mail domain label starting with _", LEADS, "{\"email\": \"ada@_engines.example\", " + CONSENT + "}", 400),
                json("e-mail with a one-letter top-level domain", LEADS, "{\"email\": \"z@co.c\", " + CONSENT + "}", 400),
                json("e-mail with a Unicode space in the domain", LEADS,
                        "{\"email\": \"ada@engines.co\u2006m\", " + CONSENT + "}", 400),
                json("e-mail with full-width letters in the domain", LEADS,
                        "{\"email\": \"ada@\uff45\uff4e\uff47\uff49\uff4e\uff45\uff53.example\", " + CONSENT + "}", 400),
                json("e-mail with a trailing copyright sign", LEADS,
                        "{\"email\": \"ada@engines.example\u00a9\", " + CONSENT + "}", 400),
                json("touchpoint for an e-mail no mail system delivers to", TOUCHPOINTS,
                        "{\"type\": \"page_view\", \"email\": \"z@co.c\"}", 400),
                raw("form post with an e-mail no mail system delivers to", "POST", "/api/v1/forms/hostile/submissions",
                        "application/x-www-form-urlencoded", "email=ada%40_engines.example", 400),
                json("too long field", LEADS,
                        "{\"email\": \"a@b.example\", \"firstName\": \"" + "x".repeat(101) + "\", " + CONSENT + "}", 400),
                json("too many custom fields", LEADS, "{\"email\": \"a@b.example\", " + CONSENT
                        + ", \"customFields\": {" + manyFields(51) + "}}", 400),
                json("integer overflow", LEADS,
                        "{\"email\": \"a@b.example\", \"companySize\": 99999999999999999999, " + CONSENT + "}", 400),
                json("unknown enum value", LEADS,
                        "{\"email\": \"a@b.example\", " + CONSENT + ", \"source\": {\"channel\": \"'; --\"}}", 400),
                json("bad timestamp", LEADS,
                        "{\"email\": \"a@b.example\", \"consent\": {\"marketingOptIn\": true, \"givenAt\": \"yesterday\"}}",
                        400),
                new Hostile("control characters in Idempotency-Key", "POST", LEADS, "application/json",
                        bytes("{\"email\": \"a@b.example\", " + CONSENT + "}"),
                        Map.of("Idempotency-Key", "key\twith\ttabs"), 400),
                new Hostile("overlong Idempotency-Key", "POST", LEADS, "application/json",
                        bytes("{\"email\": \"a@b.example\", " + CONSENT + "}"),
                        Map.of("Idempotency-Key", "k".repeat(201)), 400),
                json("touchpoint with script type", TOUCHPOINTS, "{\"type\": \"<script>\", \"visitorId\": \"v\"}", 400),
                json("touchpoint with malformed lead id", TOUCHPOINTS,
                        "{\"type\": \"page_view\", \"leadId\": \"../../etc/passwd\"}", 400),
                raw("path traversal in lead id", "GET", LEADS + "/..%2F..%2Fetc%2Fpasswd", null, null, 404),
                raw("SQL in lead id", "GET", LEADS + "/1%27%20OR%20%271%27%3D%271", null, null, 404),
                raw("path traversal in form id", "POST", "/api/v1/forms/..%2F..%2Fadmin/submissions",
                        "application/x-www-form-urlencoded", "email=a%40b.example", 404),
                raw("broken percent-encoding in form body", "POST", "/api/v1/forms/pricing/submissions",
                        "application/x-www-form-urlencoded", "email=%E0%A4%A&x=%ZZ", 400),
                raw("method not allowed", "DELETE", LEADS, null, null, 405));
    }

    @BeforeEach
    void registerForm() {
        given().auth().oauth2(TestTokens.token("admin-1", "admin")).contentType("application/json")
                .body(Map.of("name", "Hostile", "allowedOrigins", java.util.List.of("https://www.example.com")))
                .when().put("/api/v1/forms/{id}", "hostile")
                .then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void hostileRequestGetsAProblemAndChangesNothing(Hostile hostile) {
        long leads = count("lead");
        long events = count("outbox_event");
        long touchpoints = count("touchpoint");

        Response response = send(hostile);

        assertProblem(hostile, response);
        assertThat(count("lead")).isEqualTo(leads);
        assertThat(count("outbox_event")).isEqualTo(events);
        assertThat(count("touchpoint")).isEqualTo(touchpoints);
    }

    /** A client that gets an error often just sends again, at once or after a moment: the answer stays the same. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void hostileRequestSentTwiceInARowAndAtOnceGetsTheSameProblemAndChangesNothing(Hostile hostile) throws Exception {
        long leads = count("lead");
        long events = count("outbox_event");
        long touchpoints = count("touchpoint");

        for (Response response : Twice.inARow(() -> send(hostile))) {
            assertProblem(hostile, response);
        }
        for (Response response : Twice.atOnce(() -> send(hostile))) {
            assertProblem(hostile, response);
        }

        assertThat(count("lead")).isEqualTo(leads);
        assertThat(count("outbox_event")).isEqualTo(events);
        assertThat(count("touchpoint")).isEqualTo(touchpoints);
    }

    private static void assertProblem(Hostile hostile, Response response) {
        assertThat(response.statusCode()).as(hostile.name()).isEqualTo(hostile.expectedStatus());
        assertThat(response.contentType()).as(hostile.name()).startsWith("application/problem+json");
    }

    @Test
    void markupAndSqlInTextFieldsAreStoredVerbatimAndNeverReflectedAsMarkup() {
        String script = "<script>alert('x')</script>";
        String sql = "Robert'); DROP TABLE lead;--";
        String leadId = given().header("X-Api-Key", integrationKey()).contentType("application/json")
                .body(Map.of("email", "bobby.tables@engines.example", "firstName", script, "lastName", sql,
                        "consent", Map.of("marketingOptIn", true)))
                .when().post(LEADS).then().statusCode(202).extract().path("leadId");

        Response read = given().header("X-Api-Key", integrationKey()).when().get(LEADS + "/{id}", leadId);
        assertThat(read.contentType()).startsWith("application/json");
        assertThat(read.jsonPath().getString("contact.firstName")).isEqualTo(script);
        assertThat(read.jsonPath().getString("contact.lastName")).isEqualTo(sql);
        assertThat(count("lead")).isPositive();
    }

    private Response send(Hostile hostile) {
        RequestSpecification request = given()
                .config(RestAssuredConfig.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .header("X-Api-Key", integrationKey())
                .header("Origin", "https://www.example.com");
        hostile.headers().forEach((name, value) -> {
            if (!value.isEmpty()) {
                request.header(name, value);
            }
        });
        if (hostile.contentType() != null) {
            request.contentType(hostile.contentType());
        }
        if (hostile.body() != null && "application/x-www-form-urlencoded".equals(hostile.contentType())) {
            request.body(new String(hostile.body(), StandardCharsets.UTF_8)); // REST Assured sends forms as text only
        } else if (hostile.body() != null) {
            request.body(hostile.body());
        }
        return request.request(hostile.method(), hostile.path());
    }

    private long count(String table) {
        return database.query("SELECT count(*) FROM " + table).execute().await().atMost(Duration.ofSeconds(5))
                .iterator().next().getLong(0);
    }

    private static Hostile json(String name, String path, String body, int expected) {
        return raw(name, "POST", path, "application/json", body, expected);
    }

    private static Hostile raw(String name, String method, String path, String contentType, String body,
                               int expected) {
        return new Hostile(name, method, path, contentType, body == null ? null : bytes(body), Map.of(), expected);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(String head, byte[] middle, String tail) {
        byte[] start = bytes(head);
        byte[] end = bytes(tail);
        byte[] all = new byte[start.length + middle.length + end.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(middle, 0, all, start.length, middle.length);
        System.arraycopy(end, 0, all, start.length + middle.length, end.length);
        return all;
    }

    private static String manyFields(int count) {
        return String.join(", ", java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> "\"f" + i + "\": \"v\"").toList());
    }
}
