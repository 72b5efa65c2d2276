package dev.leadbridge.infrastructure.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven through the chromedriver of the same distribution, both found on the PATH, so
 * Selenium never tries to download a browser or driver. Without them the browser tests fail on CI (env {@code CI}
 * set) and are skipped elsewhere, saying how to install them.
 */
public final class Browser {

    public static final String INSTALL_HINT = "needs Chromium and its ChromeDriver on the PATH; on Debian/Ubuntu:"
            + " apt-get install -y chromium chromium-driver";

    private Browser() {
    }

    public static ChromeDriver start() {
        Optional<Path> chromium = onPath("chromium").or(() -> onPath("chromium-browser"));
        Optional<Path> driver = onPath("chromedriver");
        if (chromium.isEmpty() || driver.isEmpty()) {
            if (System.getenv("CI") != null) {
                Assertions.fail("A browser test " + INSTALL_HINT);
            }
            Assumptions.abort("Skipping a browser test: it " + INSTALL_HINT);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1900",
                "--user-data-dir=" + new File("target/chromium-profile-" + UUID.randomUUID()).getAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(service, options);
    }

    /**
     * Signs in on the identity provider's login page the browser was sent to (Keycloak's form: username, password,
     * sign-in button) and waits until it is back on {@code returnedTo}, a URL prefix of the page that sent it.
     */
    public static void signInAtKeycloak(ChromeDriver browser, String user, String password, String returnedTo) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        } catch (TimeoutException noLoginPage) {
            throw new AssertionError("no login page at " + browser.getCurrentUrl() + ": "
                    + browser.findElement(By.tagName("body")).getText(), noLoginPage);
        }
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlMatches("^" + Pattern.quote(returnedTo)));
    }

    /**
     * Opens {@code page}, follows its own "Sign in" link (#sign-in) to the identity provider and signs in there as
     * {@code user}, back on the page.
     */
    public static void signInFromPage(ChromeDriver browser, String page, String user, String password) {
        browser.get(page);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> driver.findElement(By.id("sign-in")).isDisplayed());
        browser.findElement(By.id("sign-in")).click();
        signInAtKeycloak(browser, user, password, page);
    }

    /** What the page logged as an error (SEVERE) in the browser's console so far. */
    public static List<LogEntry> consoleErrors(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator))
                .map(directory -> Paths.get(directory, program))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
