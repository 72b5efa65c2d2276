package dev.leadbridge.attribution.dashboard;

import static dev.leadbridge.attribution.support.Events.accepted;
import static dev.leadbridge.attribution.support.Events.assigned;
import static dev.leadbridge.attribution.support.Events.captured;
import static dev.leadbridge.attribution.support.Events.converted;
import static dev.leadbridge.attribution.support.Events.mql;
import static dev.leadbridge.attribution.support.Events.publish;
import static dev.leadbridge.attribution.support.Events.rejected;
import static dev.leadbridge.attribution.support.Events.slaBreached;
import static dev.leadbridge.attribution.support.Events.slaMet;
import static dev.leadbridge.attribution.support.Events.slaWarning;
import static dev.leadbridge.attribution.support.Events.touchpoint;
import static dev.leadbridge.attribution.support.Events.won;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.leadbridge.attribution.support.Events;
import dev.leadbridge.events.payload.Channel;
import dev.leadbridge.events.payload.RejectionReason;
import dev.leadbridge.infrastructure.keycloak.KeycloakServer;
import dev.leadbridge.infrastructure.quarkus.InjectRealInfrastructure;
import dev.leadbridge.infrastructure.quarkus.KeycloakTestResource;
import dev.leadbridge.infrastructure.quarkus.RealInfrastructureTestResource;
import dev.leadbridge.infrastructure.testing.Browser;
import dev.leadbridge.infrastructure.testing.TestTokens;
import dev.leadbridge.infrastructure.testing.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The shared dashboard in a real headless Chromium against the real broker and database: seeded events show up in
 * its charts, the channel filter narrows them, and the page logs no errors. Leaves a screenshot at
 * {@code target/dashboard.png}.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructureTestResource.class, parallel = true,
        initArgs = @ResourceArg(name = RealInfrastructureTestResource.DATABASE, value = "leadbridge_attribution"))
@QuarkusTestResource(value = KeycloakTestResource.class, parallel = true, restrictToAnnotatedClass = true)
class DashboardTests {

    /** Marketing reads every figure the dashboard shows. */
    private static final String MARKETER = "mary";

    @InjectRealInfrastructure
    KeycloakServer keycloak;

    private static final Duration DUE = Duration.ofHours(1);

    @TestHTTPResource("/")
    URL page;

    @Inject
    Pool database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private TopicWriter writer;
    private ChromeDriver browser;

    @BeforeEach
    void openWriter() {
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
    void servesEChartsFromItsWebjar() {
        given().when().get("/webjars/echarts/5.3.1/dist/echarts.min.js").then().statusCode(200);
        given().when().get("/").then().statusCode(200);
    }

    @Test
    void chartsShowTheSeededFiguresAndTheChannelFilterNarrowsThem() throws IOException {
        Instant start = Events.newEpoch();
        List<UUID> leads = seed(start);
        awaitProjected(leads);
        String goalId = "dashboard-mqls-" + UUID.randomUUID();
        String launchId = "dashboard-spring-" + UUID.randomUUID();
        publishGoalAndLaunch(start, goalId, launchId);
        browser = Browser.start();

        browser.get(page + "?from=" + start.toString().substring(0, 10)
                + "&to=" + start.plus(6, ChronoUnit.DAYS).toString().substring(0, 10)
                + "&model=last_touch&compare=first_touch");
        signIn();
        awaitRefreshes(1);

        assertThat(seriesData("chart-funnel", 0)).containsExactly(4, 4, 2, 2, 2);
        assertThat(axis("chart-revenue")).containsExactly("paid_search", "social", "email");
        assertThat(seriesNames("chart-revenue")).containsExactly("last_touch", "first_touch");
        assertThat(seriesData("chart-revenue", 0)).containsExactly(1000, 0, 500);
        assertThat(seriesData("chart-revenue", 1)).containsExactly(1000, 500, 0);
        assertThat(rejectionsByChannel()).isEqualTo(Map.of(
                "paid_search", Map.of("no_budget", 0, "not_a_fit", 1),
                "email", Map.of("no_budget", 1, "not_a_fit", 0)));
        assertThat(seriesData("chart-sla", 0).subList(0, 2)).containsExactly(1, 0);
        assertThat(seriesData("chart-sla", 1).subList(0, 2)).containsExactly(2, 0);
        assertThat(seriesData("chart-speed", 0)).containsExactly(0, 1, 0, 0, 1, 0, 0, 0, 0);
        assertThat(text("tile-captured")).isEqualTo("4");
        assertThat(text("tile-revenue")).isEqualTo("€1,500");
        assertThat(text("tile-acceptance")).isEqualTo("50%");
        assertThat(text("tile-compliance")).isEqualTo("33.3%");
        assertThat(text("tile-speed")).isEqualTo("10m");
        assertThat(row("table-territory", "Benelux")).containsEntry("leads", "2").containsEntry("mqls", "2")
                .containsEntry("sals", "1").containsEntry("acceptance", "50%").containsEntry("won", "1");
        assertThat(row("table-territory", "Nordics")).containsEntry("leads", "2").containsEntry("won", "1");
        assertThat(row("table-goals", goalId)).containsEntry("actual", "4").containsEntry("target", "8")
                .containsEntry("percent", "50%").containsEntry("status", "On Track");
        assertThat(row("table-launches", launchId)).containsEntry("leads", "2").containsEntry("mqls", "2")
                .containsEntry("sals", "1").containsEntry("acceptance", "50%").containsEntry("firstSal", "3h");
        saveScreenshot();

        new Select(browser.findElement(By.id("channel"))).selectByValue("email");
        awaitRefreshes(2);

        assertThat(seriesData("chart-funnel", 0)).containsExactly(2, 2, 1, 1, 1);
        assertThat(axis("chart-revenue")).containsExactly("email");
        assertThat(seriesData("chart-revenue", 0)).containsExactly(500);
        assertThat(axis("chart-quality")).containsExactly("email");
        assertThat(text("tile-captured")).isEqualTo("2");
        assertThat(text("tile-revenue")).isEqualTo("€500");
        assertThat(text("tile-compliance")).isEqualTo("0%");
        assertThat(text("tile-speed")).isEqualTo("3h");
        assertThat(browser.getCurrentUrl()).contains("channel=email");

        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    /**
     * Two won deals and two rejected MQLs: paid_search won 1000.00 EUR and was rejected once (not_a_fit); the email
     * lead that won 500.00 EUR had a social touch before it was captured, the other was rejected (no_budget). SLA:
     * the paid_search win accepted in 10 minutes (met), the email win after 3 hours (breached), the rejected email
     * lead breached without a decision.
     */
    private List<UUID> seed(Instant start) {
        UUID paidWin = UUID.randomUUID();
        UUID paidReject = UUID.randomUUID();
        UUID emailWin = UUID.randomUUID();
        UUID emailReject = UUID.randomUUID();
        Instant capture = start.plus(1, ChronoUnit.HOURS);
        Instant assigned = start.plus(2, ChronoUnit.HOURS);
        publish(writer, emailWin.toString(),
                touchpoint(UUID.randomUUID(), emailWin, null, start, Channel.SOCIAL, "launch"));
        publish(writer, paidWin.toString(), captured(paidWin, capture, Channel.PAID_SEARCH, "spring", null));
        publish(writer, paidReject.toString(), captured(paidReject, capture, Channel.PAID_SEARCH, "spring", null));
        publish(writer, emailWin.toString(), captured(emailWin, capture, Channel.EMAIL, "news", null));
        publish(writer, emailReject.toString(), captured(emailReject, capture, Channel.EMAIL, "news", null));
        for (UUID lead : List.of(paidWin, paidReject, emailWin, emailReject)) {
            publish(writer, lead.toString(), mql(lead, capture.plusSeconds(60), Channel.OTHER));
            publish(writer, lead.toString(), assigned(lead, capture.plusSeconds(90), "rep-1", "team-1",
                    List.of(paidWin, paidReject).contains(lead) ? "Benelux" : "Nordics"));
        }
        win(paidWin, start, "1000.00");
        win(emailWin, start, "500.00");
        publish(writer, paidReject.toString(), rejected(paidReject, start.plus(1, ChronoUnit.DAYS),
                RejectionReason.NOT_A_FIT));
        publish(writer, emailReject.toString(), rejected(emailReject, start.plus(1, ChronoUnit.DAYS),
                RejectionReason.NO_BUDGET));

        publish(writer, paidWin.toString(), slaMet(paidWin, UUID.randomUUID(), assigned, DUE, Duration.ofMinutes(10)));
        publish(writer, emailWin.toString(), slaMet(emailWin, UUID.randomUUID(), assigned, DUE, Duration.ofHours(3)));
        UUID openTimer = UUID.randomUUID();
        publish(writer, emailReject.toString(), slaWarning(emailReject, openTimer, assigned, DUE));
        publish(writer, emailReject.toString(), slaBreached(emailReject, openTimer, assigned, DUE));
        return List.of(paidWin, paidReject, emailWin, emailReject);
    }

    private void win(UUID lead, Instant start, String amount) {
        publish(writer, lead.toString(), accepted(lead, start.plus(3, ChronoUnit.HOURS)));
        publish(writer, lead.toString(), converted(lead, start.plus(1, ChronoUnit.DAYS)));
        publish(writer, lead.toString(), won(lead, start.plus(2, ChronoUnit.DAYS), amount));
    }

    /** Every topic is consumed on its own: wait until all of them have been applied. */
    private void awaitProjected(List<UUID> leads) {
        Object[] ids = leads.toArray();
        String in = " lead_id IN ($1, $2, $3, $4)";
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM attribution_lead WHERE id IN ($1, $2, $3, $4)", ids) == 4
                        && count("SELECT count(*) FROM lead_milestone WHERE" + in, ids) == 12
                        && count("SELECT count(*) FROM attribution_touchpoint WHERE" + in, ids) == 1
                        && count("SELECT count(*) FROM lead_owner WHERE" + in, ids) == 4
                        && count("SELECT count(*) FROM sla_clock WHERE (stopped_at IS NOT NULL OR breached) AND" + in,
                                ids) == 3);
    }

    @Test
    void peopleSignInThroughTheIdentityProviderAndSignOut() {
        browser = Browser.start();
        browser.get(page.toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(driver -> driver.findElement(By.id("sign-in")).isDisplayed());
        assertThat(text("signed-in")).isEqualTo("Sign in to load the figures.");

        signIn();
        wait.until(driver -> driver.findElement(By.id("sign-out")).isDisplayed());
        assertThat(text("signed-in")).isEqualTo("Signed in as Mary Somerville (marketing)");
        awaitRefreshes(1);

        browser.findElement(By.id("sign-out")).click();
        wait.until(driver -> driver.findElement(By.id("sign-in")).isDisplayed());
        assertThat(text("signed-in")).isEqualTo("Sign in to load the figures.");
        // the session is gone at the identity provider too: signing in again asks for the password
        browser.findElement(By.id("sign-in")).click();
        wait.until(driver -> driver.getCurrentUrl().startsWith(keycloak.baseUrl()));
        assertThat(browser.findElement(By.id("password")).isDisplayed()).isTrue();
        assertNoBrowserErrors();
    }

    /** From the page's own sign-in link, through Keycloak's login page, back to the page. */
    private void signIn() {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(driver -> driver.findElement(By.id("sign-in")).isDisplayed());
        browser.findElement(By.id("sign-in")).click();
        Browser.signInAtKeycloak(browser, MARKETER, keycloak.demoPassword(), page.toString());
    }

    private void assertNoBrowserErrors() {
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    private void awaitRefreshes(int refreshes) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver ->
                Integer.parseInt(driver.findElement(By.tagName("body")).getAttribute("data-loads")) >= refreshes);
    }

    private JsonPath option(String chartId) {
        Object json = browser.executeScript("return JSON.stringify("
                + "echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption());", chartId);
        return JsonPath.from((String) json);
    }

    private List<Integer> seriesData(String chartId, int series) {
        return option(chartId).getList("series[" + series + "].data", Number.class).stream()
                .map(Number::intValue).toList();
    }

    private List<String> seriesNames(String chartId) {
        return option(chartId).getList("series.name", String.class);
    }

    private List<String> axis(String chartId) {
        return option(chartId).getList("xAxis[0].data", String.class);
    }

    /** The lead-quality chart read back as channel → rejection reason → count. */
    private Map<String, Map<String, Integer>> rejectionsByChannel() {
        JsonPath option = option("chart-quality");
        List<String> channels = option.getList("xAxis[0].data", String.class);
        List<String> reasons = option.getList("series.name", String.class);
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (int c = 0; c < channels.size(); c++) {
            Map<String, Integer> byReason = new HashMap<>();
            for (int r = 0; r < reasons.size(); r++) {
                byReason.put(reasons.get(r), option.getInt("series[" + r + "].data[" + c + "]"));
            }
            counts.put(channels.get(c), byReason);
        }
        return counts;
    }

    /** A goal of 8 MQLs over the month from {@code start}, and a launch of the paid leads' campaign that day. */
    private static void publishGoalAndLaunch(Instant start, String goalId, String launchId) {
        String day = start.toString().substring(0, 10);
        String manager = TestTokens.token("pat", "marketing", "manager");
        given().auth().oauth2(manager).contentType("application/json").body("""
                {"goals": [{"id": "GOAL", "name": "MQLs this month", "metric": "mqls", "target": 8,
                  "period": {"cadence": "month", "start": "DAY"}, "owners": ["marketing", "sales"]}]}"""
                .replace("GOAL", goalId).replace("DAY", day)).put("/api/v1/goals").then().statusCode(200);
        given().auth().oauth2(manager).contentType("application/json").body("""
                {"launches": [{"id": "LAUNCH", "name": "Spring", "launchedOn": "DAY", "campaigns": ["spring"]}]}"""
                .replace("LAUNCH", launchId).replace("DAY", day)).put("/api/v1/launches").then().statusCode(200);
    }

    /** A table row's cells by column, found by the row's key. */
    private Map<String, String> row(String tableId, String key) {
        Map<String, String> cells = new HashMap<>();
        browser.findElements(By.cssSelector("#" + tableId + " tbody tr")).stream()
                .filter(row -> key.equals(row.getAttribute("data-key"))).findFirst().orElseThrow(() ->
                        new AssertionError("no row " + key + " in " + tableId))
                .findElements(By.tagName("td"))
                .forEach(cell -> cells.put(cell.getAttribute("data-column"), cell.getText()));
        return cells;
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void saveScreenshot() throws IOException {
        Path screenshot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(screenshot, Path.of("target", "dashboard.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private long count(String sql, Object... parameters) {
        return database.preparedQuery(sql).execute(Tuple.from(parameters)).await().atMost(Duration.ofSeconds(5))
                .iterator().next().getLong(0);
    }
}
