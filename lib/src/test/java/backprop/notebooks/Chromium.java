package backprop.notebooks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the browser tests: Debian's chromium and chromedriver (environment/setup.sh installs
 * them; -Dbrowser.chromium / -Dbrowser.chromedriver point elsewhere), both given by path, so Selenium
 * Manager never runs. -Dbrowser.skip=true skips the tests that use it.
 */
final class Chromium {

    /** Selenium warns that it has no DevTools classes for this Chromium (none are needed); held, or the level is lost. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    private Chromium() {
    }

    /**
     * A browser window of {@code width} x {@code height} pixels, its profile in {@code profile} and
     * chromedriver's log in {@code log}.
     *
     * @throws AssertionError naming the setup command when Chromium or its driver is missing
     */
    static WebDriver start(int width, int height, Path profile, Path log) {
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
        Assumptions.assumeFalse(Boolean.getBoolean("browser.skip"), "-Dbrowser.skip=true");
        Path chromium = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
        for (Path p : List.of(chromium, chromedriver)) {
            if (!Files.isExecutable(p)) {
                throw new AssertionError(p + " is missing. Run  " + NotebookRunner.SETUP_COMMAND + "  (it installs Debian's chromium"
                        + " and chromium-driver), or pass -Dbrowser.chromium=PATH -Dbrowser.chromedriver=PATH, or skip with -Dbrowser.skip=true.");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // Leaving an edited notebook asks "leave the page?": yes.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.ACCEPT);
        // This machine's network is closed: Chromium's background services would only fail.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort()
                .withLogFile(log.toFile()).build();
        return new ChromeDriver(service, options);
    }
}
