package dev.leadbridge.e2e;

import static dev.leadbridge.infrastructure.local.LeadBridgeService.ATTRIBUTION;
import static dev.leadbridge.infrastructure.local.LeadBridgeService.LEAD_INTAKE;
import static dev.leadbridge.infrastructure.local.LeadBridgeService.QUALIFICATION;
import static dev.leadbridge.infrastructure.local.LeadBridgeService.SLA_MONITOR;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadbridge.e2e.support.RunningSystem;
import dev.leadbridge.e2e.support.SignsPeopleIn;
import dev.leadbridge.infrastructure.keycloak.KeycloakServer;
import dev.leadbridge.infrastructure.local.LeadBridgeService;
import dev.leadbridge.infrastructure.local.LeadBridgeSystem;
import dev.leadbridge.infrastructure.testing.Browser;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Single sign-on with a real identity provider: the packaged services, configured only with Keycloak's issuer URL,
 * accept its tokens with the roles of its {@code groups} claim; a person signs in on Keycloak's own login page in real
 * Chromium, sees the dashboard and signs out; and the scripts' tokens ({@code ./leadbridge token}) keep working beside
 * it.
 */
@ExtendWith(RunningSystem.class)
@SignsPeopleIn
class SignInIT {

    private static LeadBridgeSystem system;
    private static KeycloakServer keycloak;
    private ChromeDriver browser;

    @BeforeAll
    static void startSystem(LeadBridgeSystem running) {
        system = running;
        keycloak = system.identityProvider().orElseThrow();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyServiceTakesTheIdentityProvidersTokensWithTheirRoles() {
        Map<String, Integer> answers = new LinkedHashMap<>();
        answers.put("admin lists API keys", get("alan", LEAD_INTAKE, "/api/v1/api-keys"));
        answers.put("rep lists API keys", get("ada", LEAD_INTAKE, "/api/v1/api-keys"));
        answers.put("rep reads their inbox", get("ada", QUALIFICATION, "/api/v1/leads?owner=me"));
        answers.put("marketing reads an inbox", get("mary", QUALIFICATION, "/api/v1/leads?owner=me"));
        answers.put("manager reads open clocks", get("margaret", SLA_MONITOR, "/api/v1/sla/timers?state=open"));
        answers.put("rep reads open clocks", get("ada", SLA_MONITOR, "/api/v1/sla/timers?state=open"));
        answers.put("marketing reads lead quality", get("mary", ATTRIBUTION, "/api/v1/lead-quality"));
        answers.put("ops reads lead quality", get("grace", ATTRIBUTION, "/api/v1/lead-quality"));
        System.out.println("sign-in: Keycloak tokens: " + answers);
        assertThat(answers).containsExactly(
                Map.entry("admin lists API keys", 200), Map.entry("rep lists API keys", 403),
                Map.entry("rep reads their inbox", 200), Map.entry("marketing reads an inbox", 403),
                Map.entry("manager reads open clocks", 200), Map.entry("rep reads open clocks", 403),
                Map.entry("marketing reads lead quality", 200), Map.entry("ops reads lead quality", 403));
    }

    @Test
    void theScriptsOwnTokensStillWorkAndOthersAreRefused() {
        String base = system.baseUrl(LEAD_INTAKE) + "/api/v1/api-keys";
        given().auth().oauth2(system.token("script-admin", "admin")).get(base).then().statusCode(200);
        given().auth().oauth2(system.token("script-admin", Duration.ofMinutes(-5), "admin")).get(base)
                .then().statusCode(401);
        given().auth().oauth2("not.a.token").get(base).then().statusCode(401);
        given().get(base).then().statusCode(401);
    }

    @Test
    void aPersonSignsInAtKeycloakSeesTheDashboardAndSignsOut() {
        String dashboard = system.baseUrl(ATTRIBUTION) + "/";
        browser = Browser.start();
        browser.get(dashboard);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(driver -> driver.findElement(By.id("sign-in")).isDisplayed());

        browser.findElement(By.id("sign-in")).click();
        wait.until(driver -> driver.getCurrentUrl().startsWith(keycloak.baseUrl()));
        Browser.signInAtKeycloak(browser, "margaret", keycloak.demoPassword(), dashboard);
        wait.until(driver -> driver.findElement(By.id("sign-out")).isDisplayed());
        assertThat(browser.findElement(By.id("signed-in")).getText())
                .isEqualTo("Signed in as Margaret Hamilton (manager)");
        wait.until(driver -> Integer.parseInt(driver.findElement(By.tagName("body")).getAttribute("data-loads")) >= 1);
        assertThat(browser.findElements(By.cssSelector(".note.error"))).as("panels refused or failed").isEmpty();

        browser.findElement(By.id("sign-out")).click();
        wait.until(driver -> driver.findElement(By.id("sign-in")).isDisplayed());
        assertThat(browser.getCurrentUrl()).startsWith(dashboard);
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    private static int get(String user, LeadBridgeService service, String pathAndQuery) {
        return given().auth().oauth2(keycloak.accessToken(user)).get(system.baseUrl(service) + pathAndQuery)
                .statusCode();
    }
}
