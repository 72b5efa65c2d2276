package dev.leadbridge.sla.screens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.infrastructure.keycloak.KeycloakServer;
import dev.leadbridge.infrastructure.quarkus.InjectRealInfrastructure;
import dev.leadbridge.infrastructure.quarkus.KeycloakTestResource;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.Browser;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.sla.LifecycleEvents;
import dev.leadbridge.sla.MovableClock;
import dev.leadbridge.sla.SlaProbe;
import dev.leadbridge.sla.TestPolicies;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The managers' SLA screen in real Chromium, signed in through Keycloak as the demo manager {@code margaret} (who leads
 * every team): open clocks with a live countdown, paused with a reason and resumed, each confirmed first; a refusal
 * shows the service's own words and changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_sla"))
@QuarkusTestResource(value = KeycloakTestResource.class, parallel = true, restrictToAnnotatedClass = true)
class ClockScreensTests {

    private static final String MANAGER = "margaret";

    @TestHTTPResource("/")
    URL home;

    @InjectRealInfrastructure
    KeycloakServer keycloak;

    @Inject
    MovableClock clock;

    @Inject
    SlaProbe probe;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private LifecycleEvents events;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void setUp() {
        TestPolicies.install();
        events = new LifecycleEvents(bootstrapServers);
    }

    @AfterEach
    void tearDown() {
        events.close();
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aManagerPausesAClockWithAReasonAndResumesIt() {
        UUID leadId = UUID.randomUUID();
        events.assign(leadId, "ada", clock.instant().truncatedTo(ChronoUnit.MILLIS));
        probe.awaitOpenClock(leadId);

        signIn();
        assertThat(cell(leadId, "due")).matches("in (0h )?59m \\d\\ds|in 1h 0m 00s");
        assertThat(cell(leadId, "owner")).isEqualTo("ada");
        assertThat(cell(leadId, "state")).isEqualTo("running");
        assertThat(browser.findElement(By.id("note-breaches")).getText()).isEqualTo("No breach in the last 7 days.");

        row(leadId).findElement(By.cssSelector("button[data-action=pause]")).click();
        browser.findElement(By.id("pause-reason")).sendKeys("travelling until Monday");
        browser.findElement(By.id("confirm-pause")).click();
        wait.until(driver -> cell(leadId, "state").equals("paused: travelling until Monday"));
        assertThat(cell(leadId, "due")).isEqualTo("stands still");
        assertThat(clockOf(leadId)).contains("travelling until Monday");

        row(leadId).findElement(By.cssSelector("button[data-action=resume]")).click();
        browser.findElement(By.id("confirm-resume")).click();
        wait.until(driver -> cell(leadId, "state").equals("running"));
        assertNoBrowserErrors();
    }

    @Test
    void resumingAClockSomeoneResumedMeanwhileShowsTheServicesWordsAndChangesNothing() {
        UUID leadId = UUID.randomUUID();
        events.assign(leadId, "linus", clock.instant().truncatedTo(ChronoUnit.MILLIS));
        probe.awaitOpenClock(leadId);
        String manager = TestTokens.token("manager-1", "manager");
        given().auth().oauth2(manager).contentType("application/json").body("{\"reason\": \"on holiday\"}")
                .post("/api/v1/sla/timers/{leadId}/pause", leadId).then().statusCode(200);

        signIn();
        wait.until(driver -> cell(leadId, "state").startsWith("paused"));
        given().auth().oauth2(manager).post("/api/v1/sla/timers/{leadId}/resume", leadId).then().statusCode(200);
        String before = clockOf(leadId);

        row(leadId).findElement(By.cssSelector("button[data-action=resume]")).click();
        browser.findElement(By.id("confirm-resume")).click();
        wait.until(driver -> !driver.findElement(By.id("problem")).getText().isEmpty());
        assertThat(clockOf(leadId)).isEqualTo(before);
    }

    private void signIn() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Browser.signInFromPage(browser, home.toString(), MANAGER, keycloak.demoPassword());
        wait.until(driver -> Integer.parseInt(driver.findElement(By.tagName("body")).getAttribute("data-loads")) >= 1);
    }

    private WebElement row(UUID leadId) {
        return browser.findElement(By.cssSelector("#clocks tr[data-lead='" + leadId + "']"));
    }

    /**
     * A cell's text, read in one step in the page: the table is drawn anew after every action and refresh, so an
     * element found a moment earlier may be gone.
     */
    private String cell(UUID leadId, String column) {
        Object text = browser.executeScript("const cell = document.querySelector(arguments[0]);"
                + " return cell === null ? null : cell.textContent;",
                "#clocks tr[data-lead='" + leadId + "'] td[data-column=" + column + "]");
        return text == null ? "" : text.toString();
    }

    /** What a pause or resume changes: the clock's state, due time and pauses (its elapsed time moves on anyway). */
    private String clockOf(UUID leadId) {
        JsonPath clock = given().auth().oauth2(TestTokens.token("ops-1", "ops"))
                .get("/api/v1/sla/timers/{leadId}", leadId).then().statusCode(200).extract().jsonPath();
        return clock.getString("humanResponse.paused") + " " + clock.getString("humanResponse.dueAt") + " "
                + clock.getList("humanResponse.pauses");
    }

    private void assertNoBrowserErrors() {
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }
}
