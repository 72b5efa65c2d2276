package dev.leadbridge.qualification.screens;

import static dev.leadbridge.qualification.support.Api.as;
import static dev.leadbridge.qualification.support.Api.asManager;
import static dev.leadbridge.qualification.support.Api.awaitStage;
import static dev.leadbridge.qualification.support.Events.clock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.leadbridge.events.EventType;
import dev.leadbridge.events.payload.LifecycleStage;
import dev.leadbridge.events.payload.SlaClock;
import dev.leadbridge.events.payload.SlaClockState;
import dev.leadbridge.infrastructure.keycloak.KeycloakServer;
import dev.leadbridge.infrastructure.quarkus.InjectRealInfrastructure;
import dev.leadbridge.infrastructure.quarkus.KeycloakTestResource;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.Browser;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import dev.leadbridge.qualification.support.Api;
import dev.leadbridge.qualification.support.Events;
import dev.leadbridge.qualification.support.RoutingSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Qualification's screens in real Chromium, signed in through Keycloak as the demo rep {@code ada}, manager
 * {@code margaret}, marketer {@code mary} or admin {@code alan}: the inbox puts the first response due soonest on top and counts down live; the lead's page shows
 * contact data, score and history, and each action is confirmed first and answers with the service's own words when
 * it is refused; the team queue hands a waiting MQL to a rep; the scoring model and the routing table are shown
 * read-only with their versions, to those who may read them.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_qualification"))
@QuarkusTestResource(value = KeycloakTestResource.class, parallel = true, restrictToAnnotatedClass = true)
class ScreensTests {

    /** The demo rep of the realm; their user name is their rep id. */
    private static final String REP = "ada";
    /** The demo manager, whose token names no teams: they lead every team. */
    private static final String MANAGER = "margaret";

    @TestHTTPResource("/")
    URL home;

    @InjectRealInfrastructure
    KeycloakServer keycloak;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicWriter writer;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void open() {
        writer = new TopicWriter(bootstrapServers);
    }

    @AfterEach
    void close() {
        writer.close();
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theInboxShowsTheMostUrgentLeadFirstWithALiveCountdown() {
        Instant now = Instant.now();
        UUID dueInThreeHours = assignedTo(REP);
        UUID dueInAnHour = assignedTo(REP);
        UUID someoneElses = assignedTo("linus");
        announce(clock(dueInThreeHours, REP, SlaClockState.RUNNING, now.plus(Duration.ofHours(3)), now));
        announce(clock(dueInAnHour, REP, SlaClockState.RUNNING, now.plus(Duration.ofHours(1)), now));
        await().atMost(Duration.ofSeconds(20)).until(() -> as(REP, "rep").get("/api/v1/leads?owner=me")
                .jsonPath().getString("[0].slaDueAt") != null);

        signIn(home.toString());
        awaitLoads(1);

        List<String> rows = browser.findElements(By.cssSelector("#inbox tbody tr")).stream()
                .map(row -> row.getAttribute("data-lead")).toList();
        assertThat(rows).startsWith(dueInAnHour.toString(), dueInThreeHours.toString())
                .doesNotContain(someoneElses.toString());
        String first = dueText(dueInAnHour);
        assertThat(first).matches("in (0h )?59m \\d\\ds|in 1h 0m 00s");
        wait.until(driver -> !dueText(dueInAnHour).equals(first));
        assertNoBrowserErrors();
    }

    @Test
    void aRepAcceptsThenRejectsWithAReasonAndSeesTheServicesWordsWhenRefused() {
        UUID leadId = assignedTo(REP);
        signIn(home + "lead.html?id=" + leadId);
        awaitLoads(1);
        assertThat(text("email")).isEqualTo("ada@engines.example");
        assertThat(text("stage")).isEqualTo("assigned");
        assertThat(browser.findElements(By.cssSelector("#history tbody tr"))).isNotEmpty();
        assertThat(browser.findElement(By.id("do-reassign")).isDisplayed()).as("only managers reassign").isFalse();

        browser.findElement(By.id("do-accept")).click();
        browser.findElement(By.id("confirm-accept")).click();
        wait.until(driver -> text("stage").equals("accepted"));
        assertThat(text("status")).isEqualTo("Accepted: the lead is yours to work.");
        awaitStage(leadId, "accepted");

        // someone else changes the lead meanwhile: the screen's version is stale and the service says so
        asManager().contentType("application/json").body("{\"opportunityId\": \"crm-42\"}")
                .post("/api/v1/leads/{id}/convert", leadId).then().statusCode(200);
        browser.findElement(By.id("do-reject")).click();
        new Select(browser.findElement(By.id("reject-reason"))).selectByValue("no_budget");
        browser.findElement(By.id("reject-note")).sendKeys("Budget frozen until Q3");
        browser.findElement(By.id("confirm-reject")).click();
        wait.until(driver -> !text("problem").isEmpty());
        assertThat(text("problem")).startsWith("Someone changed this lead meanwhile")
                .contains("read it again and decide anew");
        wait.until(driver -> text("stage").equals("converted"));
        assertThat(as(REP, "rep").get("/api/v1/leads/{id}", leadId).jsonPath().getString("stage"))
                .as("the rejection changed nothing").isEqualTo("converted");
    }

    @Test
    void aCancelledDialogSendsNothing() {
        UUID leadId = assignedTo(REP);
        signIn(home + "lead.html?id=" + leadId);
        awaitLoads(1);
        browser.findElement(By.id("do-accept")).click();
        browser.findElement(By.cssSelector("#dialog-accept button[value=cancel]")).click();
        assertThat(browser.findElement(By.tagName("body")).getAttribute("data-actions")).isNull();
        assertThat(as(REP, "rep").get("/api/v1/leads/{id}", leadId).jsonPath().getString("stage"))
                .isEqualTo("assigned");
    }

    @Test
    void aManagerHandsAQueuedMqlToARepFromTheTeamQueue() {
        RoutingSetup.frenchTeam(REP);
        UUID waiting = Api.captureUntil(writer, "ES", "mql");
        signIn(MANAGER, home + "team.html?team=team-es");
        awaitLoads(1);
        assertThat(browser.findElements(By.cssSelector("#queue tbody tr")).stream()
                .map(row -> row.getAttribute("data-lead")).toList()).contains(waiting.toString());

        browser.findElement(By.cssSelector("#queue tr[data-lead='" + waiting + "'] button[data-action=hand-over]"))
                .click();
        wait.until(driver -> driver.findElement(By.id("dialog-hand-over")).isDisplayed());
        new Select(browser.findElement(By.id("hand-over-rep"))).selectByValue(REP);
        browser.findElement(By.id("confirm-hand-over")).click();
        wait.until(driver -> text("status").startsWith("Handed over") || !text("problem").isEmpty());
        assertThat(text("problem")).isEmpty();
        assertThat(text("status")).isEqualTo("Handed over to " + REP + ".");
        awaitStage(waiting, "assigned");
        assertThat(Api.ownerOf(waiting)).isEqualTo(REP);
        assertThat(browser.findElements(By.cssSelector("#queue tr[data-lead='" + waiting + "']"))).isEmpty();
        assertNoBrowserErrors();
    }

    @Test
    void marketingReadsTheScoringModelAndAdminsTheRoutingTableWithTheirVersions() {
        RoutingSetup.frenchTeam(REP);
        signIn("mary", home + "configuration.html");
        awaitLoads(1);
        assertThat(browser.findElements(By.cssSelector("#scoring-parts section[data-part]"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#scoring-parts table tbody tr"))).isNotEmpty();
        assertThat(text("note-routing")).isEqualTo("Only admins and managers read this.");
        assertNoBrowserErrors403Aside();
        browser.quit();

        signIn("alan", home + "configuration.html");
        awaitLoads(1);
        assertThat(text("routing-version")).startsWith("version ").contains("published by admin-1");
        assertThat(browser.findElements(By.cssSelector("table.routing-rules td[data-column=teamId]")).stream()
                .map(WebElement::getText).toList()).contains("team-fr", "team-es");
        assertThat(browser.findElements(By.cssSelector("#routing-versions tbody tr"))).isNotEmpty();
        assertThat(text("note-scoring")).isEmpty();
    }

    /** A lead logged straight as assigned to {@code rep}. */
    private UUID assignedTo(String rep) {
        UUID id = UUID.randomUUID();
        Events.publish(writer, EventType.LEAD_CAPTURED, Events.INTAKE, id.toString(),
                Events.lead(id, "CTO", 50, "Software", null, LifecycleStage.ASSIGNED, rep));
        awaitStage(id, "assigned");
        return id;
    }

    private void announce(SlaClock clock) {
        Events.publish(writer, EventType.SLA_CLOCK, Events.SLA_MONITOR, clock.leadId().toString(), clock);
    }

    private void signIn(String page) {
        signIn(REP, page);
    }

    private void signIn(String user, String page) {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Browser.signInFromPage(browser, page, user, keycloak.demoPassword());
    }

    private void awaitLoads(int loads) {
        wait.until(driver -> Integer.parseInt(driver.findElement(By.tagName("body")).getAttribute("data-loads"))
                >= loads);
    }

    /** The countdown's text, read in one step in the page: the inbox is drawn anew on every refresh. */
    private String dueText(UUID leadId) {
        Object text = browser.executeScript("const cell = document.querySelector(arguments[0]);"
                + " return cell === null ? null : cell.textContent;",
                "#inbox tr[data-lead='" + leadId + "'] td[data-column=due]");
        return text == null ? "" : text.toString();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** The routing table's refusal (403) is expected on the page; nothing else may go wrong. */
    private void assertNoBrowserErrors403Aside() {
        assertThat(Browser.consoleErrors(browser).stream()
                .filter(entry -> !entry.getMessage().contains("403")).toList()).isEmpty();
    }

    private void assertNoBrowserErrors() {
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }
}
