package dev.leadbridge.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.leadbridge.e2e.support.EventLog;
import dev.leadbridge.e2e.support.RunningSystem;
import dev.leadbridge.e2e.support.Setup;
import dev.leadbridge.events.EventType;
import dev.leadbridge.events.Topics;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.EscalationAction;
import dev.leadbridge.events.payload.LeadAssigned;
import dev.leadbridge.events.payload.LeadCaptured;
import dev.leadbridge.events.payload.LeadClosed;
import dev.leadbridge.events.payload.LeadMql;
import dev.leadbridge.events.payload.LeadReassigned;
import dev.leadbridge.events.payload.LeadScored;
import dev.leadbridge.events.payload.MqlReason;
import dev.leadbridge.events.payload.ReassignmentReason;
import dev.leadbridge.events.payload.SlaBreached;
import dev.leadbridge.events.payload.SlaEscalated;
import dev.leadbridge.events.payload.SlaMet;
import dev.leadbridge.events.payload.SlaOutcome;
import dev.leadbridge.events.payload.SlaWarning;
import dev.leadbridge.infrastructure.local.LeadBridgeService;
import dev.leadbridge.infrastructure.local.LeadBridgeSystem;
import dev.leadbridge.infrastructure.testing.PersonalDataSearch;
import dev.leadbridge.infrastructure.testing.TopicReader;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One lead's whole way through the packaged system, driven only through public APIs and topics: anonymous visits and
 * a plain form post with UTM parameters, scoring, MQL, assignment, the SLA running out (warning, breach, both
 * escalation steps), reassignment by the escalation, acceptance by the new owner, conversion and a won deal; then the
 * figures everyone reads. A second lead, rejected by sales, moves the lead-quality figures. SLA durations are seconds.
 */
@ExtendWith(RunningSystem.class)
class LeadJourneyIT {

    private static final Duration EVENT_WAIT = Duration.ofSeconds(60);
    private static final String FORM = "demo-request";
    private static final List<String> MODELS = List.of("first_touch", "last_touch", "linear", "time_decay",
            "u_shaped", "w_shaped", "full_path", "markov");

    private static LeadBridgeSystem system;
    private static Setup setup;
    private static EventLog events;
    private static String apiKey;

    @BeforeAll
    static void startSystem(LeadBridgeSystem running) {
        system = running;
        setup = new Setup(system);
        events = new EventLog(system.kafka().bootstrapServers());
        apiKey = setup.apiKey();
        setup.form(FORM);
        setup.oneTeam("team-e2e", "rep-ann", "rep-bob");
        // accept within 10 s (warned at 5 s: the new owner's time to accept before a second warning), the manager
        // told 1 s past due, reassigned 2 s past due
        setup.slaPolicy("PT10S", 0.5, "PT1S", "PT2S");
    }


    @Test
    void aLeadFromFirstVisitToWonDealAndTheFiguresEveryoneReads() {
        Instant from = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        String visitor = "visitor-" + UUID.randomUUID();
        touchpoint(Map.of("type", "page_view", "visitorId", visitor, "channel", "social",
                "occurredAt", Instant.now().minus(Duration.ofDays(3)).toString()));
        touchpoint(Map.of("type", "content_download", "visitorId", visitor, "channel", "email",
                "occurredAt", Instant.now().minus(Duration.ofDays(1)).toString()));

        String leadId = submitForm(visitor);
        LeadCaptured captured = events.await(EventType.LEAD_CAPTURED, leadId, LeadCaptured.class, 1, EVENT_WAIT)
                .get(0);
        assertThat(captured.source().channel()).isEqualTo(Channel.PAID_SEARCH);
        assertThat(captured.source().utmCampaign()).isEqualTo("autumn-launch");
        assertThat(captured.visitorId()).isEqualTo(visitor);

        touchpoint(Map.of("type", "demo_request", "leadId", leadId, "channel", "paid_search"));
        LeadMql mql = events.await(EventType.LEAD_MQL, leadId, LeadMql.class, 1, EVENT_WAIT).get(0);
        assertThat(mql.reason()).isEqualTo(MqlReason.HAND_RAISER);
        LeadAssigned assigned = events.await(EventType.LEAD_ASSIGNED, leadId, LeadAssigned.class, 1, EVENT_WAIT)
                .get(0);
        assertThat(assigned.queued()).isFalse();
        String firstOwner = assigned.ownerId();
        assertThat(firstOwner).isIn("rep-ann", "rep-bob");

        // nobody accepts: the SLA runs out and escalates until the lead changes hands
        SlaWarning warning = events.await(EventType.SLA_WARNING, leadId, SlaWarning.class, 1, EVENT_WAIT).get(0);
        assertThat(warning.ownerId()).isEqualTo(firstOwner);
        SlaBreached breached = events.await(EventType.SLA_BREACHED, leadId, SlaBreached.class, 1, EVENT_WAIT).get(0);
        assertThat(breached.ownerId()).isEqualTo(firstOwner);
        List<SlaEscalated> escalations = events.await(EventType.SLA_ESCALATED, leadId, SlaEscalated.class, 2,
                EVENT_WAIT);
        assertThat(escalations).extracting(SlaEscalated::action)
                .containsExactly(EscalationAction.NOTIFY_MANAGER, EscalationAction.REASSIGN);
        LeadReassigned reassigned = events.await(EventType.LEAD_REASSIGNED, leadId, LeadReassigned.class, 1,
                EVENT_WAIT).get(0);
        assertThat(reassigned.reason()).isEqualTo(ReassignmentReason.SLA_ESCALATION);
        assertThat(reassigned.previousOwnerId()).isEqualTo(firstOwner);
        String newOwner = reassigned.ownerId();
        assertThat(newOwner).isNotEqualTo(firstOwner).isIn("rep-ann", "rep-bob");

        // the new owner acts at once (the first owner no longer may), converts and wins the deal
        awaitStageWithOwner(leadId, "assigned", newOwner);
        asRep(firstOwner).post(setup.url(LeadBridgeService.QUALIFICATION, "/api/v1/leads/" + leadId + "/accept"))
                .then().statusCode(403);
        asRep(newOwner).post(setup.url(LeadBridgeService.QUALIFICATION, "/api/v1/leads/" + leadId + "/accept"))
                .then().statusCode(200);
        asRep(newOwner).contentType(ContentType.JSON)
                .body(Map.of("opportunityId", "OPP-E2E-1", "expectedAmount", "12000.00", "currency", "EUR"))
                .post(setup.url(LeadBridgeService.QUALIFICATION, "/api/v1/leads/" + leadId + "/convert"))
                .then().statusCode(200);
        asRep(newOwner).contentType(ContentType.JSON)
                .body(Map.of("outcome", "won", "amount", "12000.00", "currency", "EUR", "reason", "best fit"))
                .post(setup.url(LeadBridgeService.QUALIFICATION, "/api/v1/leads/" + leadId + "/close"))
                .then().statusCode(200);
        LeadClosed closed = events.await(EventType.LEAD_CLOSED, leadId, LeadClosed.class, 1, EVENT_WAIT).get(0);
        assertThat(closed.amount()).isEqualByComparingTo("12000.00");

        SlaMet met = events.await(EventType.SLA_MET, leadId, SlaMet.class, 1, EVENT_WAIT).get(0);
        assertThat(met.ownerId()).isEqualTo(newOwner);
        assertThat(met.outcome()).isEqualTo(SlaOutcome.ACCEPTED);
        assertThat(met.breached()).isFalse();

        String rejectedLead = leadRejectedBySales();
        Instant to = Instant.now().plus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);

        assertAlertsAddUp(leadId, rejectedLead);
        assertAttribution(from, to);
        assertFunnel(from, to);
        assertLeadQuality(from, to);
        assertBreachReport(leadId, from, to);
        assertAPersonWhoUnsubscribedIsNoMqlOnScore();
        assertAnErasedPersonLeavesNoRowAndEveryFigureStays(leadId, visitor, from, to);
    }

    /**
     * Last, so the figures are those of the whole story: the won lead's person asks to be forgotten. Every service's
     * tables lose their e-mail, name and visitor id (looked for in every column of every table of the four
     * databases), while every figure anyone reads stays exactly as it was. Asking again answers the same erasure.
     */
    private static void assertAnErasedPersonLeavesNoRowAndEveryFigureStays(String leadId, String visitor,
                                                                        Instant from, Instant to) {
        String email = given().header("X-Api-Key", apiKey)
                .get(setup.url(LeadBridgeService.LEAD_INTAKE, "/api/v1/leads/" + leadId))
                .then().statusCode(200).extract().path("contact.email");
        List<String> person = List.of(email, visitor);
        assertThat(tracesOf(person)).as("before the erasure").isNotEmpty();
        Map<String, String> before = figures(from, to);

        String erasure = erase(email).then().statusCode(200)
                .body("leadId", org.hamcrest.Matchers.equalTo(leadId)).extract().path("erasureId");

        await().atMost(EVENT_WAIT).untilAsserted(() -> assertThat(tracesOf(person)).isEmpty());
        await().atMost(EVENT_WAIT).untilAsserted(() -> assertThat(figures(from, to)).isEqualTo(before));
        erase(email).then().statusCode(200).body("erasureId", org.hamcrest.Matchers.equalTo(erasure));
        // the capture and updates on leads.captured, kept forever, were sealed under a key that is now gone
        given().header("X-Api-Key", LeadBridgeSystem.LOCAL_SERVICE_KEY)
                .get(setup.url(LeadBridgeService.LEAD_INTAKE, "/internal/v1/lead-keys/" + leadId))
                .then().statusCode(410);
        assertThat(recordsOnAnyTopicHolding(List.of(email, "Lovelace"))).isEmpty();
        assertThat(events.readFor(Topics.LEADS_CAPTURED, record -> leadId.equals(record.key())
                && EventType.PERSON_ERASED.ceType().equals(TopicReader.header(record, "ce_type")),
                Duration.ofSeconds(2))).hasSize(1);
        System.out.println("e2e journey: person of " + leadId + " erased; figures unchanged: " + before.keySet());
    }

    private static Response erase(String email) {
        return given().auth().oauth2(system.token("e2e-admin", "admin")).queryParam("email", email)
                .delete(setup.url(LeadBridgeService.LEAD_INTAKE, "/api/v1/people"));
    }

    /** Every record on every topic (dead-letter topics too) whose key, value or a header holds one of the values. */
    private static List<String> recordsOnAnyTopicHolding(List<String> values) {
        List<String> found = new ArrayList<>();
        for (String topic : Topics.all()) {
            try (TopicReader reader = new TopicReader(system.kafka().bootstrapServers(), topic)) {
                reader.readFor(record -> values.stream().anyMatch(value -> holds(record, value)),
                                Duration.ofSeconds(2))
                        .forEach(record -> found.add(topic + "@" + record.partition() + ":" + record.offset()));
            }
        }
        return found;
    }

    private static boolean holds(ConsumerRecord<String, String> record, String value) {
        boolean inHeaders = StreamSupport.stream(record.headers().spliterator(), false)
                .anyMatch(header -> new String(header.value(), StandardCharsets.UTF_8)
                        .contains(value));
        return (record.key() != null && record.key().contains(value))
                || (record.value() != null && record.value().contains(value)) || inHeaders;
    }

    /** Where in the four databases any of the values still is, as {@code service: table}. */
    private static List<String> tracesOf(List<String> values) {
        List<String> traces = new ArrayList<>();
        for (LeadBridgeService service : LeadBridgeService.values()) {
            for (String value : values) {
                PersonalDataSearch.tablesContaining(system.postgres().jdbcUrl(service.database()),
                                system.postgres().username(), system.postgres().password(), value)
                        .forEach(table -> traces.add(service + ": " + table));
            }
        }
        return traces;
    }

    /** Every report body marketing, sales and ops read for the journey's period. */
    private static Map<String, String> figures(Instant from, Instant to) {
        String reader = system.token("e2e-reader", "marketing", "manager", "ops");
        Map<String, String> period = Map.of("from", from.toString(), "to", to.toString(), "groupBy", "channel");
        Map<String, String> figures = new TreeMap<>();
        for (String model : MODELS) {
            figures.put("attribution " + model, given().auth().oauth2(reader).queryParams(period)
                    .queryParam("model", model).get(setup.url(LeadBridgeService.ATTRIBUTION, "/api/v1/attribution"))
                    .then().statusCode(200).extract().asString());
        }
        figures.put("funnel", given().auth().oauth2(reader).queryParams(period)
                .get(setup.url(LeadBridgeService.ATTRIBUTION, "/api/v1/funnel")).then().statusCode(200)
                .extract().asString());
        figures.put("lead quality", given().auth().oauth2(reader).queryParams(period)
                .get(setup.url(LeadBridgeService.ATTRIBUTION, "/api/v1/lead-quality")).then().statusCode(200)
                .extract().asString());
        figures.put("sla compliance", given().auth().oauth2(reader).queryParams(period)
                .get(setup.url(LeadBridgeService.SLA_MONITOR, "/api/v1/sla/compliance")).then().statusCode(200)
                .extract().asString());
        return figures;
    }

    /**
     * After the figures, so they stay as the story above makes them: a person unsubscribes, then submits again as a
     * perfect fit; they are scored as one, but their score alone no longer makes them an MQL.
     */
    private static void assertAPersonWhoUnsubscribedIsNoMqlOnScore() {
        String email = "hedy@" + UUID.randomUUID() + ".example";
        String leadId = given().header("X-Api-Key", apiKey).contentType(ContentType.JSON)
                .body(Map.of("email", email, "jobTitle", "Engineer", "consent", Map.of("marketingOptIn", true)))
                .post(setup.url(LeadBridgeService.LEAD_INTAKE, "/api/v1/leads"))
                .then().statusCode(202).extract().path("leadId");
        events.await(EventType.LEAD_SCORED, leadId, LeadScored.class, 1, EVENT_WAIT);
        touchpoint(Map.of("type", "unsubscribe", "email", email, "channel", "email"));
        given().header("X-Api-Key", apiKey).contentType(ContentType.JSON)
                .body(Map.of("email", email, "jobTitle", "VP Marketing", "company", "Hedy Labs", "companySize", 500,
                        "industry", "Software", "consent", Map.of("marketingOptIn", false)))
                .post(setup.url(LeadBridgeService.LEAD_INTAKE, "/api/v1/leads"))
                .then().statusCode(202);

        String lead = setup.url(LeadBridgeService.QUALIFICATION, "/api/v1/leads/" + leadId);
        JsonPath scored = await().atMost(EVENT_WAIT).until(() -> given()
                .auth().oauth2(system.token("e2e-marketing", "marketing")).get(lead).then().statusCode(200)
                .extract().jsonPath(), view -> view.getList("score.breakdown.ruleId").contains("title-vp"));
        assertThat(scored.getList("score.breakdown.ruleId", String.class)).contains("negative-unsubscribed");
        assertThat(events.readFor(Topics.LEADS_LIFECYCLE, record -> record.key().equals(leadId)
                && EventType.LEAD_MQL.ceType().equals(TopicReader.header(record, "ce_type")), Duration.ofSeconds(5)))
                .as("no MQL on score alone").isEmpty();
        assertThat(scored.getString("stage")).isEqualTo("scored");
    }

    /** Captured through the JSON API on another channel, qualified by a demo request, rejected for its budget. */
    private String leadRejectedBySales() {
        String email = "grace@" + UUID.randomUUID() + ".example";
        String leadId = given().header("X-Api-Key", apiKey).contentType(ContentType.JSON)
                .body(Map.of("email", email, "firstName", "Grace",
                        "consent", Map.of("marketingOptIn", true),
                        "source", Map.of("channel", "event", "campaign", "trade-fair")))
                .post(setup.url(LeadBridgeService.LEAD_INTAKE, "/api/v1/leads"))
                .then().statusCode(202).extract().path("leadId");
        touchpoint(Map.of("type", "demo_request", "leadId", leadId, "channel", "event"));
        String owner = events.await(EventType.LEAD_ASSIGNED, leadId, LeadAssigned.class, 1, EVENT_WAIT).get(0)
                .ownerId();
        awaitStageWithOwner(leadId, "assigned", owner);
        assertInboxShowsTheSlaDueTime(owner, leadId);
        assertAResubmissionReScoresWhatTheRepSees(email, leadId, owner);
        asRep(owner).contentType(ContentType.JSON).body(Map.of("reason", "no_budget", "note", "frozen until Q3"))
                .post(setup.url(LeadBridgeService.QUALIFICATION, "/api/v1/leads/" + leadId + "/reject"))
                .then().statusCode(200);
        SlaMet met = events.await(EventType.SLA_MET, leadId, SlaMet.class, 1, EVENT_WAIT).get(0);
        assertThat(met.outcome()).isEqualTo(SlaOutcome.REJECTED);
        return leadId;
    }

    /** Exactly the alerts the story implies, nothing twice: read from sla.alerts as ops would. */
    private static void assertAlertsAddUp(String wonLead, String rejectedLead) {
        List<ConsumerRecord<String, String>> alerts = events.readFor(Topics.SLA_ALERTS,
                record -> record.key().equals(wonLead) || record.key().equals(rejectedLead), Duration.ofSeconds(3));
        Map<String, Long> byType = new TreeMap<>();
        Set<String> ids = new HashSet<>();
        for (ConsumerRecord<String, String> alert : alerts) {
            byType.merge(record(alert), 1L, Long::sum);
            assertThat(ids.add(TopicReader.header(alert, "ce_id"))).as("duplicate ce_id").isTrue();
        }
        System.out.println("e2e journey: sla.alerts " + byType);
        assertThat(byType).containsExactlyInAnyOrderEntriesOf(Map.of(
                wonLead + " leadbridge.sla.warning.v1", 1L,
                wonLead + " leadbridge.sla.breached.v1", 1L,
                wonLead + " leadbridge.sla.escalated.v1", 2L,
                wonLead + " leadbridge.sla.met.v1", 1L,
                rejectedLead + " leadbridge.sla.met.v1", 1L));
    }

    private static String record(ConsumerRecord<String, String> alert) {
        return alert.key() + " " + TopicReader.header(alert, "ce_type");
    }

    /** Every model credits exactly the deal's amount, to the channels of the journey; first touch to the first visit. */
    private static void assertAttribution(Instant from, Instant to) {
        String marketing = system.token("e2e-marketing", "marketing");
        for (String model : MODELS) {
            JsonPath report = await().atMost(EVENT_WAIT).until(() -> given().auth().oauth2(marketing)
                    .queryParams(Map.of("model", model, "groupBy", "channel", "from", from.toString(),
                            "to", to.toString()))
                    .get(setup.url(LeadBridgeService.ATTRIBUTION, "/api/v1/attribution"))
                    .then().statusCode(200).extract().jsonPath(), json -> json.getInt("deals") == 1);
            assertThat(report.getString("currencies[0].currency")).isEqualTo("EUR");
            assertThat(new BigDecimal(report.getString("currencies[0].total"))).as(model).isEqualByComparingTo("12000.00");
            List<Map<String, String>> groups = report.getList("currencies[0].groups");
            BigDecimal sum = groups.stream().map(group -> new BigDecimal(group.get("amount")))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(model + " credits add up").isEqualByComparingTo("12000.00");
            assertThat(groups).extracting(group -> group.get("group")).as(model)
                    .isSubsetOf("social", "email", "paid_search");
            System.out.println("e2e journey: " + model + " " + groups);
            List<String> credited = groups.stream()
                    .filter(group -> new BigDecimal(group.get("amount")).signum() > 0)
                    .map(group -> group.get("group")).toList();
            if (model.equals("first_touch")) {
                assertThat(credited).containsExactly("social");
            }
            if (model.equals("linear")) {
                assertThat(credited).containsExactlyInAnyOrder("social", "email", "paid_search");
            }
        }
    }

    private static void assertFunnel(Instant from, Instant to) {
        JsonPath funnel = given().auth().oauth2(system.token("e2e-rep", "rep"))
                .queryParams(Map.of("from", from.toString(), "to", to.toString(), "groupBy", "channel"))
                .get(setup.url(LeadBridgeService.ATTRIBUTION, "/api/v1/funnel"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(funnel.getList("overall.stages.stage", String.class))
                .containsExactly("captured", "mql", "sal", "opportunity", "won");
        assertThat(funnel.getList("overall.stages.leads", Integer.class)).containsExactly(2, 2, 1, 1, 1);
        assertThat(funnel.getList("groups.find { it.group == 'paid_search' }.figures.stages.leads", Integer.class))
                .containsExactly(1, 1, 1, 1, 1);
    }

    private static void assertLeadQuality(Instant from, Instant to) {
        JsonPath quality = given().auth().oauth2(system.token("e2e-manager", "manager"))
                .queryParams(Map.of("from", from.toString(), "to", to.toString(), "groupBy", "channel"))
                .get(setup.url(LeadBridgeService.ATTRIBUTION, "/api/v1/lead-quality"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(quality.getInt("overall.mqls")).isEqualTo(2);
        assertThat(quality.getInt("overall.accepted")).isEqualTo(1);
        assertThat(quality.getInt("overall.rejected")).isEqualTo(1);
        assertThat(quality.getDouble("overall.acceptanceRate")).isEqualTo(0.5);
        Map<String, Integer> reasons = quality.getMap("overall.rejectionReasons");
        assertThat(reasons).containsEntry("no_budget", 1);
        assertThat(reasons.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
        assertThat(quality.getDouble("groups.find { it.group == 'event' }.figures.acceptanceRate")).isZero();
        assertThat(quality.getDouble("groups.find { it.group == 'paid_search' }.figures.acceptanceRate")).isEqualTo(1.0);
    }

    private static void assertBreachReport(String leadId, Instant from, Instant to) {
        List<String> breachedLeads = given().auth().oauth2(system.token("e2e-ops", "ops"))
                .queryParams(Map.of("from", from.toString(), "to", to.toString()))
                .get(setup.url(LeadBridgeService.SLA_MONITOR, "/api/v1/sla/breaches"))
                .then().statusCode(200).extract().jsonPath().getList("leadId", String.class);
        assertThat(breachedLeads).containsExactly(leadId);
    }

    private static void touchpoint(Map<String, String> body) {
        given().header("X-Api-Key", apiKey).contentType(ContentType.JSON).body(body)
                .post(setup.url(LeadBridgeService.LEAD_INTAKE, "/api/v1/touchpoints"))
                .then().statusCode(202);
    }

    /** A plain HTML form post from the website, as a browser sends it; intake answers with the thank-you redirect. */
    private static String submitForm(String visitor) {
        String email = "ada@" + UUID.randomUUID() + ".example";
        given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .header("Origin", Setup.SITE).header("Referer", Setup.SITE + "/demo")
                .contentType(ContentType.URLENC)
                .formParams(Map.of("email", email, "first_name", "Ada", "last_name", "Lovelace",
                        "company", "Analytical Engines", "job_title", "VP Marketing", "country", "DE",
                        "marketing_opt_in", "on", "visitor_id", visitor, "utm_source", "google"))
                .formParams(Map.of("utm_medium", "cpc", "utm_campaign", "autumn-launch"))
                .post(setup.url(LeadBridgeService.LEAD_INTAKE, "/api/v1/forms/" + FORM + "/submissions"))
                .then().statusCode(303).header("Location", Setup.SITE + "/thanks");
        // who the person is travels sealed: the capture is found by the visitor id, which stays readable
        List<ConsumerRecord<String, String>> captured = events.readFor(Topics.LEADS_CAPTURED,
                record -> EventType.LEAD_CAPTURED.ceType().equals(TopicReader.header(record, "ce_type"))
                        && record.value().contains(visitor),
                Duration.ofSeconds(10));
        assertThat(captured).hasSize(1);
        return captured.get(0).key();
    }

    /** The person submits again with a new title and company: the rep sees the new details and the score they earn. */
    private static void assertAResubmissionReScoresWhatTheRepSees(String email, String leadId, String owner) {
        String lead = setup.url(LeadBridgeService.QUALIFICATION, "/api/v1/leads/" + leadId);
        int before = asRep(owner).get(lead).then().statusCode(200).extract().path("score.total");
        given().header("X-Api-Key", apiKey).contentType(ContentType.JSON)
                .body(Map.of("email", email, "jobTitle", "VP Marketing", "company", "Grace Analytics",
                        "companySize", 500, "industry", "Software", "consent", Map.of("marketingOptIn", true)))
                .post(setup.url(LeadBridgeService.LEAD_INTAKE, "/api/v1/leads"))
                .then().statusCode(202).body("status", org.hamcrest.Matchers.equalTo("duplicate"));
        JsonPath seen = await().atMost(EVENT_WAIT).until(() -> asRep(owner).get(lead).then().statusCode(200)
                .extract().jsonPath(), view -> "VP Marketing".equals(view.getString("contact.jobTitle")));
        assertThat(seen.getInt("company.size")).isEqualTo(500);
        assertThat(seen.getInt("score.total")).as("fit follows the new title and company").isGreaterThan(before);
        assertThat(seen.getString("stage")).isEqualTo("assigned");
    }

    /** The owner's inbox line shows when the first response is due, exactly as the SLA monitor's clock says. */
    private static void assertInboxShowsTheSlaDueTime(String owner, String leadId) {
        String line = "find { it.leadId == '%s' }".formatted(leadId);
        String inboxDue = await().atMost(EVENT_WAIT).until(() -> asRep(owner)
                .get(setup.url(LeadBridgeService.QUALIFICATION, "/api/v1/leads?owner=me&stage=assigned&limit=200"))
                .then().statusCode(200).extract().jsonPath().getString(line + ".slaDueAt"), due -> due != null);
        String clockDue = given().auth().oauth2(system.token("e2e-ops", "ops"))
                .get(setup.url(LeadBridgeService.SLA_MONITOR, "/api/v1/sla/timers/" + leadId))
                .then().statusCode(200).extract().path("humanResponse.dueAt");
        assertThat(Instant.parse(inboxDue)).isEqualTo(Instant.parse(clockDue));
    }

    private static void awaitStageWithOwner(String leadId, String stage, String owner) {
        String manager = system.token("e2e-manager", "manager");
        await().atMost(EVENT_WAIT).until(() -> {
            JsonPath lead = given().auth().oauth2(manager)
                    .get(setup.url(LeadBridgeService.QUALIFICATION, "/api/v1/leads/" + leadId))
                    .then().extract().jsonPath();
            return stage.equals(lead.getString("stage")) && owner.equals(lead.getString("ownerId"));
        });
    }

    private static io.restassured.specification.RequestSpecification asRep(String repId) {
        return given().auth().oauth2(system.token(repId, "rep"));
    }
}
