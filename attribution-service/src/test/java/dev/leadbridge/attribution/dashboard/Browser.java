package dev.leadbridge.attribution.dashboard;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real headless Chromium driven through the chromedriver of the same distribution, both found on the PATH, so
 * Selenium never tries to download a browser or driver. Without them the browser tests fail on CI (env {@code CI}
 * set) and are skipped elsewhere, saying how to install them.
 */
final class Browser {

    static final String INSTALL_HINT = "needs Chromium and its ChromeDriver on the PATH; on Debian/Ubuntu:"
            + " apt-get install -y chromium chromium-driver";

    private Browser() {
    }

    static ChromeDriver start() {
        Optional<Path> chromium = onPath("chromium").or(() -> onPath("chromium-browser"));
        Optional<Path> driver = onPath("chromedriver");
        if (chromium.isEmpty() || driver.isEmpty()) {
            if (System.getenv("CI") != null) {
                Assertions.fail("The dashboard's browser test " + INSTALL_HINT);
            }
            Assumptions.abort("Skipping the dashboard's browser test: it " + INSTALL_HINT);
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
