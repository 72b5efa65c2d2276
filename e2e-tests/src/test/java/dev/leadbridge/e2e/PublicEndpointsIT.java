package dev.leadbridge.e2e;

import static dev.leadbridge.e2e.support.Endpoint.open;
import static dev.leadbridge.e2e.support.Endpoint.secured;
import static dev.leadbridge.e2e.support.Endpoint.withApiKey;
import static dev.leadbridge.infrastructure.local.LeadBridgeService.ATTRIBUTION;
import static dev.leadbridge.infrastructure.local.LeadBridgeService.LEAD_INTAKE;
import static dev.leadbridge.infrastructure.local.LeadBridgeService.QUALIFICATION;
import static dev.leadbridge.infrastructure.local.LeadBridgeService.SLA_MONITOR;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.e2e.support.E2eSystem;
import dev.leadbridge.e2e.support.RunningSystem;
import dev.leadbridge.e2e.support.Endpoint;
import dev.leadbridge.e2e.support.EventLog;
import dev.leadbridge.e2e.support.Leads;
import dev.leadbridge.e2e.support.Setup;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.infrastructure.jwt.JwtKeys;
import dev.leadbridge.infrastructure.local.LeadBridgeService;
import dev.leadbridge.infrastructure.local.LeadBridgeSystem;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every public operation of the four services, checked from outside: strangers (no token, an expired one, a forged
 * one) get 401, the wrong role 403, a rep acting on another rep's lead 403; and a corpus of hostile requests
 * (broken and oversized bodies, wrong types, injection strings, invalid UTF-8, path traversal, header abuse) gets a
 * 4xx answer from every operation, never a 5xx, and writes nothing to any of the four databases.
 */
@ExtendWith(RunningSystem.class)
class PublicEndpointsIT {

    /** Fills id placeholders: no lead, key or calendar has it. */
    private static final String ID = "01a20ff9-4bd3-745c-9ee0-30fe6264b7ab";
    /** A form that exists, so hostile submissions reach the form's parsing and validation. */
    private static final String FORM = "hostile-form";
    private static final int CLOSED = 0;
    private static final String OVERSIZED = "oversized body";
    private static final String OVERSIZED_HEADER = "oversized header";

    /** Every operation of the public API; {@link #everyOperationInTheOpenApiDocumentsIsCovered} keeps it complete. */
    static final List<Endpoint> ENDPOINTS = Stream.of(List.of(
            secured(LEAD_INTAKE, "POST", "/api/v1/api-keys", "{\"name\": \"x\"}", "admin"),
            secured(LEAD_INTAKE, "GET", "/api/v1/api-keys", null, "admin"),
            secured(LEAD_INTAKE, "DELETE", "/api/v1/api-keys/{id}", null, "admin"),
            secured(LEAD_INTAKE, "PUT", "/api/v1/forms/{formId}", "{\"name\": \"x\"}", "admin"),
            secured(LEAD_INTAKE, "GET", "/api/v1/forms", null, "admin", "marketing"),
            secured(LEAD_INTAKE, "GET", "/api/v1/forms/{formId}", null, "admin", "marketing"),
            secured(LEAD_INTAKE, "DELETE", "/api/v1/forms/{formId}", null, "admin"),
            secured(LEAD_INTAKE, "GET", "/api/v1/blocked-domains", null, "admin"),
            secured(LEAD_INTAKE, "PUT", "/api/v1/blocked-domains", "{\"domains\": []}", "admin"),
            secured(LEAD_INTAKE, "DELETE", "/api/v1/people", null, "admin"),
            open(LEAD_INTAKE, "POST", "/api/v1/forms/{formId}/submissions"),
            open(LEAD_INTAKE, "OPTIONS", "/api/v1/forms/{formId}/submissions"),
            withApiKey(LEAD_INTAKE, "POST", "/api/v1/leads", "{\"email\": \"a@b.example\"}", "rep", "manager"),
            withApiKey(LEAD_INTAKE, "GET", "/api/v1/leads/{id}", null, "manager", "admin", "marketing"),
            withApiKey(LEAD_INTAKE, "POST", "/api/v1/leads/{id}/consent", "{\"marketingOptIn\": false}", "admin"),
            withApiKey(LEAD_INTAKE, "POST", "/api/v1/touchpoints", "{\"type\": \"page_view\"}"),
            // only the services' own key reads it: an integration's key is refused (403) like every role
            withApiKey(LEAD_INTAKE, "GET", "/internal/v1/lead-keys/{leadId}", null),
            secured(QUALIFICATION, "GET", "/api/v1/leads/{id}", null, "rep", "manager", "marketing"),
            secured(QUALIFICATION, "GET", "/api/v1/leads", null, "rep", "manager"),
            secured(QUALIFICATION, "GET", "/api/v1/teams/{teamId}/queue", null, "manager"),
            secured(QUALIFICATION, "POST", "/api/v1/leads/{id}/accept", null, "rep", "manager"),
            secured(QUALIFICATION, "POST", "/api/v1/leads/{id}/reject", "{\"reason\": \"other\"}", "rep", "manager"),
            secured(QUALIFICATION, "POST", "/api/v1/leads/{id}/convert", "{\"opportunityId\": \"o\"}", "rep",
                    "manager"),
            secured(QUALIFICATION, "POST", "/api/v1/leads/{id}/close", "{\"outcome\": \"lost\"}", "rep", "manager"),
            secured(QUALIFICATION, "POST", "/api/v1/leads/{id}/reassign", "{\"ownerId\": \"x\"}", "manager"),
            secured(QUALIFICATION, "GET", "/api/v1/scoring-model", null, "admin", "marketing"),
            secured(QUALIFICATION, "PUT", "/api/v1/scoring-model", "{}", "admin", "marketing"),
            secured(QUALIFICATION, "POST", "/api/v1/scoring-model/preview", "{}", "admin", "marketing"),
            secured(QUALIFICATION, "POST", "/api/v1/scoring-model/backtest", "{}", "admin", "marketing"),
            secured(QUALIFICATION, "GET", "/api/v1/scoring-model/suggestions", null, "admin", "marketing"),
            secured(QUALIFICATION, "GET", "/api/v1/scoring-model/shadow", null, "admin", "marketing"),
            secured(QUALIFICATION, "PUT", "/api/v1/scoring-model/shadow", "{}", "admin", "marketing"),
            // no model is in shadow here: taking it out of shadow writes nothing
            secured(QUALIFICATION, "DELETE", "/api/v1/scoring-model/shadow", null, "admin", "marketing"),
            secured(QUALIFICATION, "GET", "/api/v1/scoring-model/shadow/report", null, "admin", "marketing"),
            secured(QUALIFICATION, "GET", "/api/v1/competitor-domains", null, "admin"),
            secured(QUALIFICATION, "PUT", "/api/v1/competitor-domains", "{\"domains\": []}", "admin"),
            secured(QUALIFICATION, "GET", "/api/v1/reps", null, "admin", "manager"),
            secured(QUALIFICATION, "PUT", "/api/v1/reps", "[]", "admin", "manager"),
            secured(QUALIFICATION, "GET", "/api/v1/routing-rules", null, "admin", "manager"),
            secured(QUALIFICATION, "GET", "/api/v1/assignments", null, "admin", "manager"),
            secured(QUALIFICATION, "PUT", "/api/v1/routing-rules", "{}", "admin", "manager"),
            secured(QUALIFICATION, "POST", "/api/v1/routing-rules/what-if", "{}", "admin", "manager"),
            secured(QUALIFICATION, "GET", "/api/v1/conversion-models/{outcome}", null, "admin", "marketing"),
            secured(QUALIFICATION, "PUT", "/api/v1/conversion-models/{outcome}", "{}", "admin", "marketing"),
            secured(QUALIFICATION, "POST", "/api/v1/conversion-models/{outcome}/train", null, "admin", "marketing"),
            secured(QUALIFICATION, "GET", "/api/v1/conversion-models/{outcome}/segments", null, "admin", "marketing"),
            secured(SLA_MONITOR, "GET", "/api/v1/sla/policies", null, "admin", "manager"),
            secured(SLA_MONITOR, "PUT", "/api/v1/sla/policies", "{}", "admin"),
            secured(SLA_MONITOR, "GET", "/api/v1/sla/calendars/{id}", null, "admin", "manager"),
            secured(SLA_MONITOR, "PUT", "/api/v1/sla/calendars/{id}", "{}", "admin"),
            secured(SLA_MONITOR, "GET", "/api/v1/sla/timers", null, "ops", "manager", "admin"),
            secured(SLA_MONITOR, "POST", "/api/v1/sla/what-if", "{}", "admin", "manager"),
            secured(SLA_MONITOR, "GET", "/api/v1/sla/timers/{leadId}", null, "ops", "manager", "admin"),
            secured(SLA_MONITOR, "POST", "/api/v1/sla/timers/{leadId}/pause", "{\"reason\": \"x\"}", "manager"),
            secured(SLA_MONITOR, "POST", "/api/v1/sla/timers/{leadId}/resume", null, "manager"),
            secured(SLA_MONITOR, "GET", "/api/v1/sla/breaches", null, "ops", "manager", "admin"),
            secured(SLA_MONITOR, "GET", "/api/v1/sla/compliance", null, "ops", "manager", "admin", "marketing"),
            secured(SLA_MONITOR, "GET", "/api/v1/notifications/subscriptions", null, "admin", "manager", "ops"),
            secured(SLA_MONITOR, "PUT", "/api/v1/notifications/subscriptions", "{}", "admin"),
            secured(SLA_MONITOR, "GET", "/api/v1/notifications/deliveries", null, "admin", "manager", "ops"),
            secured(ATTRIBUTION, "GET", "/api/v1/attribution", null, "marketing", "manager", "admin"),
            secured(ATTRIBUTION, "GET", "/api/v1/attribution/compare", null, "marketing", "manager", "admin"),
            secured(ATTRIBUTION, "GET", "/api/v1/goals", null, "manager", "marketing", "admin"),
            secured(ATTRIBUTION, "PUT", "/api/v1/goals", "{}", "manager", "marketing"),
            secured(ATTRIBUTION, "GET", "/api/v1/goals/progress", null, "manager", "marketing", "admin"),
            secured(ATTRIBUTION, "GET", "/api/v1/goals/check-in", null, "manager", "marketing", "admin"),
            secured(ATTRIBUTION, "GET", "/api/v1/launches", null, "manager", "marketing", "admin"),
            secured(ATTRIBUTION, "PUT", "/api/v1/launches", "{}", "manager", "marketing"),
            secured(ATTRIBUTION, "GET", "/api/v1/launches/{launchId}/report", null, "manager", "marketing", "admin"),
            secured(ATTRIBUTION, "GET", "/api/v1/funnel", null, "rep", "manager", "admin", "ops", "marketing"),
            secured(ATTRIBUTION, "GET", "/api/v1/lead-quality", null, "marketing", "manager", "admin"),
            secured(ATTRIBUTION, "GET", "/api/v1/sla-kpis", null, "marketing", "manager", "ops", "admin"),
            secured(ATTRIBUTION, "POST", "/api/v1/admin/read-model/rebuild", null, "admin")),
            signInOf(LEAD_INTAKE), signInOf(QUALIFICATION), signInOf(SLA_MONITOR), signInOf(ATTRIBUTION),
            historyOf(LEAD_INTAKE, "/api/v1/blocked-domains", List.of("admin"), List.of("admin")),
            historyOf(QUALIFICATION, "/api/v1/competitor-domains", List.of("admin"), List.of("admin")),
            historyOf(QUALIFICATION, "/api/v1/scoring-model", List.of("admin", "marketing"),
                    List.of("admin", "marketing")),
            historyOf(QUALIFICATION, "/api/v1/reps", List.of("admin", "manager"), List.of("admin", "manager")),
            historyOf(QUALIFICATION, "/api/v1/routing-rules", List.of("admin", "manager"),
                    List.of("admin", "manager")),
            historyOf(SLA_MONITOR, "/api/v1/sla/policies", List.of("admin", "manager"), List.of("admin")),
            historyOf(SLA_MONITOR, "/api/v1/notifications/subscriptions", List.of("admin", "manager", "ops"),
                    List.of("admin")),
            historyOf(ATTRIBUTION, "/api/v1/goals", List.of("manager", "marketing", "admin"),
                    List.of("manager", "marketing")),
            historyOf(ATTRIBUTION, "/api/v1/launches", List.of("manager", "marketing", "admin"),
                    List.of("manager", "marketing")),
            historyOf(SLA_MONITOR, "/api/v1/sla/calendars/{id}", List.of("admin", "manager"), List.of("admin"))
    ).flatMap(List::stream).toList();

    /** A version no configuration reaches: a rollback to it writes nothing. */
    private static final String NEVER_PUBLISHED = "999999";

    /** Every service's sign-in for its screens: who is signed in (anybody may ask), and signing in. */
    private static List<Endpoint> signInOf(LeadBridgeService service) {
        return List.of(open(service, "GET", "/ui/me"),
                secured(service, "GET", "/ui/sign-in", null, Endpoint.ALL_ROLES.toArray(String[]::new)));
    }

    /** The history operations every versioned configuration has under its path. */
    private static List<Endpoint> historyOf(LeadBridgeService service, String path, List<String> readers,
                                            List<String> writers) {
        String[] read = readers.toArray(String[]::new);
        return List.of(
                secured(service, "GET", path + "/versions", null, read),
                secured(service, "GET", path + "/versions/{version}", null, read),
                secured(service, "GET", path + "/versions/diff", null, read),
                secured(service, "POST", path + "/versions/{version}/rollback", null, writers.toArray(String[]::new)));
    }

    private static LeadBridgeSystem system;
    private static Setup setup;
    private static String apiKey;

    @BeforeAll
    static void startSystem(LeadBridgeSystem running) {
        system = running;
        setup = new Setup(system);
        apiKey = setup.apiKey();
        setup.form(FORM);
        setup.oneTeam("team-security", "rep-own", "rep-other");
        setup.slaPolicy("PT8H", 0.5, "PT1H", "PT2H");
    }


    @Test
    void everyOperationInTheOpenApiDocumentsIsCovered() {
        Set<String> documented = new HashSet<>();
        for (LeadBridgeService service : LeadBridgeService.values()) {
            Map<String, Map<String, Object>> paths = given().when().get(system.baseUrl(service) + "/q/openapi?format=json")
                    .then().statusCode(200).extract().jsonPath().getMap("paths");
            paths.forEach((path, operations) -> operations.keySet().stream()
                    .filter(method -> Set.of("get", "put", "post", "delete", "options", "patch").contains(method))
                    .forEach(method -> documented.add(method.toUpperCase() + " " + service.module() + path)));
        }
        Set<String> covered = new HashSet<>(ENDPOINTS.stream().map(Endpoint::toString).toList());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(documented);
    }

    @Test
    void strangersGet401OnEverySecuredOperation() {
        String expired = system.token("rep-own", Duration.ofHours(-1), Endpoint.ALL_ROLES.toArray(String[]::new));
        String forged = JwtKeys.in(E2eSystem.ROOT.resolve("e2e-tests/target/forged-jwt"))
                .token("rep-own", Endpoint.ALL_ROLES, Duration.ofHours(1));
        Map<String, Integer> answers = new TreeMap<>();
        for (Endpoint endpoint : ENDPOINTS.stream().filter(endpoint -> !endpoint.open()).toList()) {
            answers.put(endpoint + " no token", call(endpoint, given()).statusCode());
            answers.put(endpoint + " expired token", call(endpoint, given().auth().oauth2(expired)).statusCode());
            answers.put(endpoint + " forged token", call(endpoint, given().auth().oauth2(forged)).statusCode());
            if (endpoint.apiKey()) {
                answers.put(endpoint + " unknown API key",
                        call(endpoint, given().header("X-Api-Key", "lbk_" + UUID.randomUUID())).statusCode());
            }
        }
        System.out.printf("public endpoints: %d stranger requests, all answered %s%n", answers.size(),
                new HashSet<>(answers.values()));
        assertThat(answers).allSatisfy((request, status) -> assertThat(status).as(request).isEqualTo(401));
    }

    @Test
    void theWrongRoleGets403OnEverySecuredOperation() {
        Map<String, Integer> answers = new TreeMap<>();
        for (Endpoint endpoint : ENDPOINTS.stream().filter(endpoint -> !endpoint.open()).toList()) {
            endpoint.forbiddenRole().ifPresent(role -> answers.put(endpoint + " as " + role,
                    call(endpoint, given().auth().oauth2(system.token("someone", role))).statusCode()));
        }
        System.out.printf("public endpoints: %d wrong-role requests, all answered %s%n", answers.size(),
                new HashSet<>(answers.values()));
        assertThat(answers).hasSizeGreaterThan(30)
                .allSatisfy((request, status) -> assertThat(status).as(request).isEqualTo(403));
    }

    @Test
    void aRepActingOnAnotherRepsLeadGets403() {
        String leadId = new Leads(system, apiKey).captureStrongLead();
        String owner = new EventLog(system.kafka().bootstrapServers())
                .await(EventType.LEAD_ASSIGNED, leadId, LeadAssigned.class, 1, Duration.ofSeconds(60)).get(0).ownerId();
        String other = owner.equals("rep-own") ? "rep-other" : "rep-own";
        String base = system.baseUrl(QUALIFICATION) + "/api/v1/leads/" + leadId;
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given()
                .auth().oauth2(system.token(owner, "rep")).get(base).statusCode() == 200);

        RequestSpecification asOther = given().auth().oauth2(system.token(other, "rep")).contentType("application/json");
        Map<String, Integer> answers = new LinkedHashMap<>();
        answers.put("accept", asOther.post(base + "/accept").statusCode());
        answers.put("reject", asOther.body("{\"reason\": \"other\"}").post(base + "/reject").statusCode());
        answers.put("convert", asOther.body("{\"opportunityId\": \"o\"}").post(base + "/convert").statusCode());
        answers.put("close", asOther.body("{\"outcome\": \"lost\"}").post(base + "/close").statusCode());
        answers.put("read", given().auth().oauth2(system.token(other, "rep")).get(base).statusCode());
        answers.put("inbox of the owner", given().auth().oauth2(system.token(other, "rep"))
                .queryParam("owner", owner).get(system.baseUrl(QUALIFICATION) + "/api/v1/leads").statusCode());
        System.out.println("public endpoints: another rep's lead: " + answers);
        assertThat(answers).allSatisfy((action, status) -> assertThat(status).as(action).isEqualTo(403));
        given().auth().oauth2(system.token(owner, "rep")).get(base).then().statusCode(200)
                .body("stage", org.hamcrest.Matchers.equalTo("assigned"));
        // marketing reads every lead, but not how to reach the person
        given().auth().oauth2(system.token("e2e-marketer", "marketing")).get(base).then().statusCode(200)
                .body("contact", org.hamcrest.Matchers.nullValue())
                .body("company", org.hamcrest.Matchers.notNullValue());
    }

    /**
     * A manager reads and acts on the leads of the teams their token names, in every service; another team's manager
     * is refused everywhere, and marketing reads the captured lead without contact data.
     */
    @Test
    void aManagerOfAnotherTeamGets403InEveryService() {
        String leadId = new Leads(system, apiKey).captureStrongLead();
        String owner = new EventLog(system.kafka().bootstrapServers())
                .await(EventType.LEAD_ASSIGNED, leadId, LeadAssigned.class, 1, Duration.ofSeconds(60)).get(0).ownerId();
        String lead = system.baseUrl(QUALIFICATION) + "/api/v1/leads/" + leadId;
        String captured = system.baseUrl(LEAD_INTAKE) + "/api/v1/leads/" + leadId;
        String clock = system.baseUrl(SLA_MONITOR) + "/api/v1/sla/timers/" + leadId;
        String ours = system.managerOf("mgr-security", "team-security");
        String theirs = system.managerOf("mgr-elsewhere", "team-elsewhere");
        // intake and the SLA monitor learn the lead's team from its assignment, a moment after qualification
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                given().auth().oauth2(ours).get(captured).statusCode() == 200
                        && given().auth().oauth2(ours).get(clock).statusCode() == 200);

        Map<String, Integer> answers = new LinkedHashMap<>();
        answers.put("read the lead", given().auth().oauth2(theirs).get(lead).statusCode());
        answers.put("read the captured lead", given().auth().oauth2(theirs).get(captured).statusCode());
        answers.put("read its SLA clock", given().auth().oauth2(theirs).get(clock).statusCode());
        answers.put("pause its SLA clock", given().auth().oauth2(theirs).contentType("application/json")
                .body("{\"reason\": \"x\"}").post(clock + "/pause").statusCode());
        answers.put("inbox of its owner", given().auth().oauth2(theirs).queryParam("owner", owner)
                .get(system.baseUrl(QUALIFICATION) + "/api/v1/leads").statusCode());
        answers.put("reassign it", given().auth().oauth2(theirs).contentType("application/json")
                .body("{\"ownerId\": \"" + owner + "\"}").post(lead + "/reassign").statusCode());
        answers.put("accept it", given().auth().oauth2(theirs).post(lead + "/accept").statusCode());
        System.out.println("public endpoints: another team's manager: " + answers);
        assertThat(answers).allSatisfy((action, status) -> assertThat(status).as(action).isEqualTo(403));

        given().auth().oauth2(ours).get(lead).then().statusCode(200)
                .body("stage", org.hamcrest.Matchers.equalTo("assigned"));
        given().auth().oauth2(ours).get(captured).then().statusCode(200)
                .body("contact.email", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(ours).queryParam("owner", owner).get(system.baseUrl(QUALIFICATION) + "/api/v1/leads")
                .then().statusCode(200);
        given().auth().oauth2(system.token("e2e-marketer", "marketing")).get(captured).then().statusCode(200)
                .body("contact", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void hostileRequestsGetA4xxNeverA5xxAndWriteNothing() throws SQLException {
        Map<String, Long> before = rowCounts();
        Map<String, Integer> answers = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (Endpoint endpoint : ENDPOINTS) {
            for (HostileRequest hostile : HostileRequest.corpusFor(endpoint)) {
                int status = hostile.statusOf(endpoint, authorised(endpoint));
                answers.merge(hostile.name() + " → " + (status == CLOSED ? "connection closed" : status), 1,
                        Integer::sum);
                requests++;
                // a request too big may be refused by closing the connection before the client finished sending it:
                // the server's 431 or 413 then races the client's write and the client sees only the close
                boolean refusedByClosing = status == CLOSED
                        && (hostile.name().equals(OVERSIZED) || hostile.name().equals(OVERSIZED_HEADER));
                if (!refusedByClosing && (status >= 500 || status < (hostile.rejected() ? 400 : 200))) {
                    wrong.add(endpoint + " " + hostile.name() + " → " + status);
                }
            }
        }
        Map<String, Long> after = rowCounts();
        System.out.printf("public endpoints: %d hostile requests: %s%n", requests, answers);
        assertThat(wrong).as("answers outside 4xx (or 2xx where the hostile part may be ignored)").isEmpty();
        assertThat(after).as("rows per table before and after").isEqualTo(before);
    }

    /** Well-formed and valid but for a NUL inside free text, which PostgreSQL cannot store. */
    private static final byte[] NUL_IN_VALID_TEXT = HostileRequest.utf8("{\"email\": \"nul@nul.example\", \"firstName\":"
                    + " \"Ada\\u0000\", \"consent\": {\"marketingOptIn\": true}, \"name\": \"key\\u0000\","
                    + " \"reason\": \"other\", \"note\": \"x\\u0000\", \"opportunityId\": \"o\\u0000\","
                    + " \"outcome\": \"lost\", \"type\": \"page_view\","
                    + " \"visitorId\": \"v\\u0000\"}");

    @Test
    void aNulInsideOtherwiseValidTextIsCleanedOrRefusedNeverA500() {
        Map<String, Integer> answers = new TreeMap<>();
        for (Endpoint endpoint : ENDPOINTS.stream()
                .filter(endpoint -> endpoint.hasBody() && (endpoint.sampleBody() != null || endpoint.open())).toList()) {
            String type = endpoint.open() ? "application/x-www-form-urlencoded" : "application/json";
            int status = authorised(endpoint).contentType(type).body(NUL_IN_VALID_TEXT)
                    .request(endpoint.method(), url(endpoint, ID)).statusCode();
            answers.put(endpoint.toString(), status);
        }
        System.out.println("public endpoints: NUL inside valid text: " + answers);
        assertThat(answers).allSatisfy((endpoint, status) -> assertThat(status).as(endpoint).isLessThan(500));
    }

    /** A caller the operation lets in, so the hostile part reaches the parsing and validation behind the door. */
    private static RequestSpecification authorised(Endpoint endpoint) {
        if (endpoint.open()) {
            // the raw bytes go out as they are, not re-encoded as form fields
            return given().config(io.restassured.config.RestAssuredConfig.config().encoderConfig(
                            io.restassured.config.EncoderConfig.encoderConfig().encodeContentTypeAs(
                                    "application/x-www-form-urlencoded", io.restassured.http.ContentType.BINARY)))
                    .header("Origin", Setup.SITE);
        }
        if (endpoint.apiKey()) {
            return given().header("X-Api-Key", apiKey);
        }
        return given().auth().oauth2(system.token("rep-own", endpoint.roles().iterator().next()));
    }

    private static Response call(Endpoint endpoint, RequestSpecification request) {
        if (endpoint.sampleBody() != null) {
            request.contentType("application/json").body(endpoint.sampleBody());
        }
        return request.request(endpoint.method(), url(endpoint, ID));
    }

    /** The operation's URL with {@code id} in its placeholder; the existing form stands in for an ordinary form id. */
    static String url(Endpoint endpoint, String id) {
        String filled = endpoint.path().contains("{formId}") && id.equals(ID) ? FORM : id;
        String version = id.equals(ID) ? NEVER_PUBLISHED : id;
        return system.baseUrl(endpoint.service()) + endpoint.concretePath(filled, version);
    }

    /** Rows per table in every service's database: what "nothing written" is measured by. */
    private static Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (LeadBridgeService service : LeadBridgeService.values()) {
            try (Connection connection = DriverManager.getConnection(system.postgres().jdbcUrl(service.database()),
                    system.postgres().username(), system.postgres().password());
                 Statement statement = connection.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery(
                        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
                for (String table : tables) {
                    try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                        rows.next();
                        counts.put(service.database() + "." + table, rows.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    /** One kind of hostile request. */
    /**
     * @param rejected whether the operation must refuse it (4xx); otherwise it may also ignore the hostile part (an
     *                 operation without that query parameter), but never answer 5xx
     */
    record HostileRequest(String name, boolean rejected,
                          java.util.function.BiFunction<Endpoint, RequestSpecification, Response> sender) {

        /**
         * The answer's status; {@link #CLOSED} when the server closed the connection before the request was sent
         * whole, as it may to stop an oversized body or header early.
         */
        int statusOf(Endpoint endpoint, RequestSpecification request) {
            try {
                return sender.apply(endpoint, request).statusCode();
            } catch (Exception failure) { // REST Assured rethrows the client's IOException unchecked
                if (failure instanceof java.io.IOException || failure.getCause() instanceof java.io.IOException) {
                    return CLOSED;
                }
                throw failure;
            }
        }

        static List<HostileRequest> corpusFor(Endpoint endpoint) {
            List<HostileRequest> corpus = new ArrayList<>();
            boolean preflight = endpoint.method().equals("OPTIONS");
            if (endpoint.path().contains("{")) {
                corpus.add(new HostileRequest("path traversal", !preflight, (e, r) -> r.urlEncodingEnabled(false)
                        .request(e.method(), url(e, "..%2F..%2F..%2Fetc%2Fpasswd"))));
                corpus.add(new HostileRequest("path with NUL", !preflight, (e, r) -> r.urlEncodingEnabled(false)
                        .request(e.method(), url(e, "x%00y"))));
            }
            corpus.add(new HostileRequest(OVERSIZED_HEADER, true, (e, r) -> r
                    .header("X-Filler", "x".repeat(64 * 1024)).request(e.method(), url(e, ID))));
            if (endpoint.method().equals("GET")) {
                corpus.add(new HostileRequest("injection in every query parameter", false, (e, r) -> r
                        .queryParams(Map.of("from", "2026-01-01'; DROP TABLE lead; --", "to", "<script>alert(1)</script>",
                                "groupBy", "../../etc/passwd", "model", "' OR '1'='1", "owner", "me' OR '1'='1",
                                "stage", "assigned; DELETE FROM lead", "state", "open\u0000", "limit", "-1"))
                        .request(e.method(), url(e, ID))));
            }
            if (endpoint.hasBody() && (endpoint.sampleBody() != null || endpoint.open())) {
                String type = endpoint.open() ? "application/x-www-form-urlencoded" : "application/json";
                bodies().forEach((name, body) -> corpus.add(new HostileRequest(name, true, (e, r) -> r
                        .contentType(type).body(body).request(e.method(), url(e, ID)))));
                corpus.add(new HostileRequest("wrong media type", true, (e, r) -> r.contentType("application/xml")
                        .body("<lead><email>a@b.example</email></lead>".getBytes(StandardCharsets.UTF_8))
                        .request(e.method(), url(e, ID))));
            }
            return corpus;
        }

        private static String url(Endpoint endpoint, String id) {
            return PublicEndpointsIT.url(endpoint, id);
        }

        /** Bodies no operation may accept, as bytes so that invalid UTF-8 stays invalid. */
        private static Map<String, byte[]> bodies() {
            Map<String, byte[]> bodies = new LinkedHashMap<>();
            bodies.put("truncated JSON", utf8("{\"email\": \"a@b.exa"));
            bodies.put("JSON of the wrong type", utf8("[\"email\", 42, null, true]"));
            bodies.put("wrong field types", utf8("{\"email\": 42, \"consent\": \"yes\", \"reason\": [1], \"rules\": 7,"
                    + " \"policies\": \"all\", \"name\": {\"$ne\": null}, \"outcome\": false}"));
            bodies.put("injection strings", utf8("{\"email\": \"' OR 1=1; --\", \"reason\": \"'; DROP TABLE lead; --\","
                    + " \"name\": \"<script>alert(1)</script>\", \"type\": \"${jndi:ldap://x/a}\","
                    + " \"ownerId\": \"../../etc/passwd\", \"outcome\": \"{{7*7}}\"}"));
            bodies.put("deeply nested JSON", utf8("{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)));
            bodies.put(OVERSIZED, utf8("{\"email\": \"" + "a".repeat(3 * 1024 * 1024) + "\"}"));
            bodies.put("invalid UTF-8", new byte[] {'{', '"', 'e', 'm', 'a', 'i', 'l', '"', ':', '"', (byte) 0xC3, (byte) 0x28,
                    (byte) 0xFF, '"', '}'});
            bodies.put("NUL and control characters", utf8("{\"email\": \"a\\u0000@b.example\", \"reason\": \"\\u0007\\u001b[2J\"}"));
            bodies.put("huge numbers", utf8("{\"companySize\": 1e999999, \"expectedAmount\": 1e400, \"amount\": -1e400,"
                    + " \"weight\": 99999999999999999999999999}"));
            bodies.put("empty body", new byte[0]);
            return bodies;
        }

        static byte[] utf8(String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }
}
