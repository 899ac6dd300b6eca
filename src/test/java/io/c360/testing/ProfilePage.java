package io.c360.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The agents' web page driven in Debian's headless Chromium through its chromedriver. Both are named by
 * path, so Selenium Manager never looks for (or downloads) a browser or driver of its own. Reads go through
 * the DOM's textContent, so they see what the page rendered, hidden live regions included.
 */
public final class ProfilePage implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final Dimension WINDOW = new Dimension(1366, 1000);

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private ProfilePage(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(100));
    }

    /** Fails with the way out when the browser is missing: `bash .ci/run` installs it. */
    public static void requireBrowser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("the browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
                + ": apt-get install chromium chromium-driver (bash .ci/run does it when they are missing)");
        }
    }

    public static ProfilePage open(Path userDataDir) throws IOException {
        Files.createDirectories(userDataDir);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // no network but loopback here: keep Chromium from calling home, and give it a fresh profile
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic", "--user-data-dir=" + userDataDir.toAbsolutePath(),
            "--window-size=" + WINDOW.width + "," + WINDOW.height, "--lang=en-US");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogOutput(OutputStream.nullOutputStream())
            .build();
        return new ProfilePage(new ChromeDriver(service, options));
    }

    /** Opens the page, which asks for a key, and signs in with it; the key stays in this tab's sessionStorage. */
    public void signIn(String baseUrl, String key) {
        driver.get(baseUrl + "/");
        script("sessionStorage.clear(); return null");
        driver.navigate().refresh();
        enterKey(key);
    }

    /** Types a key into the sign-in form and submits it. */
    public void enterKey(String key) {
        click("#api-key");
        driver.findElement(By.cssSelector("#api-key")).sendKeys(key);
        click("#sign-in button[type=submit]");
    }

    public void home(String baseUrl) {
        driver.get(baseUrl + "/");
        awaitCount("#browse li", 1);
    }

    public void showCustomer(String baseUrl, String customerId) {
        driver.get(baseUrl + "/#/customers/" + customerId);
        awaitText("#customer-id", customerId::equals);
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Clicks the element once it is there and visible. */
    public void click(String css) {
        wait.withMessage(() -> css + " to be clickable")
            .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    /**
     * Types into the search box, waits for the customer among the results, walks to it with the arrow keys
     * and opens it with Enter, as a keyboard user would.
     */
    public void searchAndChoose(String typed, String customerId) {
        WebElement input = driver.findElement(By.id("search-input"));
        input.clear();
        input.sendKeys(typed);
        wait.withMessage(() -> "search results for '" + typed + "' to offer " + customerId + ": "
                + text("#search-results"))
            .until(d -> count("#search-results li[data-customer-id='" + customerId + "']") == 1);
        wait.withMessage(() -> "the arrow keys to reach " + customerId).until(d -> {
            String active = input.getAttribute("aria-activedescendant");
            String chosen = active == null ? null
                : (String) script("return document.getElementById(arguments[0])?.dataset.customerId", active);
            if (customerId.equals(chosen)) {
                return true;
            }
            input.sendKeys(Keys.ARROW_DOWN);
            return false;
        });
        input.sendKeys(Keys.ENTER);
        awaitText("#customer-id", customerId::equals);
    }

    public String text(String css) {
        return (String) script("return document.querySelector(arguments[0])?.textContent ?? null", css);
    }

    public long count(String css) {
        return (Long) script("return document.querySelectorAll(arguments[0]).length", css);
    }

    public void awaitText(String css, Predicate<String> expected) {
        wait.withMessage(() -> css + " to show the expected text; it shows: " + text(css))
            .until(d -> {
                String text = text(css);
                try {
                    return text != null && expected.test(text.strip());
                } catch (RuntimeException e) {
                    return false; // e.g. a number still being rendered
                }
            });
    }

    public void awaitCount(String css, int atLeast) {
        wait.withMessage(() -> "at least " + atLeast + " of " + css + "; found " + count(css))
            .until(d -> count(css) >= atLeast);
    }

    /**
     * Waits, up to the given time, for live updates to stop and their highlights to fade, so a screenshot
     * shows the page at rest; a customer still receiving events is photographed as it is.
     */
    public void awaitQuiet(Duration atMost) {
        try {
            new WebDriverWait(driver, atMost, Duration.ofMillis(200)).until(d -> count(".changed, .fresh") == 0);
        } catch (org.openqa.selenium.TimeoutException stillChanging) {
            // the screenshot documents the page; a highlight in it is no failure
        }
    }

    /**
     * The WCAG 2.1 A and AA rules of axe-core that the page as shown breaks, one line each (rule, impact,
     * help, up to three offending elements). axe is injected through WebDriver, which the page's
     * Content-Security-Policy does not govern.
     */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityViolations() throws IOException {
        try (InputStream in = ProfilePage.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path");
            }
            script(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        return (List<String>) ((JavascriptExecutor) driver).executeAsyncScript("""
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
              .then(r => done(r.violations.map(v => `${v.id} (${v.impact}): ${v.help} at `
                + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
              .catch(e => done([`axe failed: ${e}`]));
            """);
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** A mark on the window that a reload would wipe out. */
    public void markDocument() {
        script("window.__c360Marker = 'kept'");
    }

    public boolean documentMarked() {
        return Objects.equals(script("return window.__c360Marker || null"), "kept");
    }

    /** JavaScript errors and Content-Security-Policy violations; failed loads (answers like 404) are fine. */
    public void assertNoScriptErrors() {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .map(LogEntry::getMessage)
            .filter(m -> !m.contains("Failed to load resource"))
            .toList();
        assertEquals(List.of(), errors, "errors in the browser console");
    }

    /** A screenshot of the top of the page, tall enough to show the figures, golden record and purchases. */
    public void screenshot(Path file, int height) throws IOException {
        driver.manage().window().setSize(new Dimension(WINDOW.width, height));
        try {
            script("window.scrollTo(0, 0)");
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.manage().window().setSize(WINDOW);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
