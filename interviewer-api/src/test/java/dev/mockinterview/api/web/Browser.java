package dev.mockinterview.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromedriver, pointed at the running service. It records what the page
 * wrote to the console and every URL it loaded, so a test can check that the page made no error and no request
 * outside the service. A missing browser fails the test: the page is never left untested.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Dimension DESKTOP = new Dimension(1280, 1000);

    private final ChromeDriver driver;
    private final String base;
    private final Path downloads;
    private final WebDriverWait wait;
    private final List<String> consoleErrors = new ArrayList<>();
    private final Set<String> loaded = new LinkedHashSet<>();

    private Browser(ChromeDriver driver, String base, Path downloads) {
        this.driver = driver;
        this.base = base;
        this.downloads = downloads;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(90));
        // The page redraws lists in place: an element found a moment ago may be gone; look again.
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    static Browser open(int port, String name) {
        Path chromium = executable("chromium", "chromium-browser", "google-chrome");
        Path chromedriver = executable("chromedriver");
        Path downloads = Path.of("target", "downloads", name).toAbsolutePath();
        try {
            Files.createDirectories(downloads);
            Files.createDirectories(SCREENSHOTS);
            try (Stream<Path> old = Files.list(downloads)) {
                old.forEach(path -> path.toFile().delete());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // CI runs as root, where Chromium's sandbox cannot start.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--lang=zh-CN",
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory",
                        downloads.toString(),
                        "download.prompt_for_download",
                        false,
                        "intl.accept_languages",
                        "zh-CN,zh"));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        return new Browser(driver, "http://localhost:" + port, downloads);
    }

    private static Path executable(String... names) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String directory : path.split(File.pathSeparator)) {
            for (String name : names) {
                Path candidate = Path.of(directory, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw new AssertionError("None of " + List.of(names) + " is on the PATH. The browser tests need Debian's"
                + " chromium and chromium-driver: apt-get install -y chromium chromium-driver (.ci/run does).");
    }

    WebDriver driver() {
        return driver;
    }

    String base() {
        return base;
    }

    /** Opens a path of the service and waits until the page has finished starting. */
    void get(String path) {
        record();
        driver.get(base + path);
        waitUntilReady();
    }

    void reload() {
        record();
        driver.navigate().refresh();
        waitUntilReady();
    }

    private void waitUntilReady() {
        // "token": started, and asking for the team-mode token.
        wait.until(d -> List.of("true", "token").contains(script("return document.body.dataset.ready || ''")));
    }

    Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(code, arguments);
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** An element's text without the point numbers the page adds after marked passages. */
    String textWithoutPointNumbers(WebElement element) {
        return (String) script(
                "const copy = arguments[0].cloneNode(true);"
                        + " copy.querySelectorAll('.pt-num').forEach(n => n.remove()); return copy.textContent;",
                element);
    }

    /** Elements that reach past the right edge of the window (what makes a phone scroll sideways). */
    @SuppressWarnings("unchecked")
    List<String> overflowingElements() {
        return (List<String>)
                script(
                        "const width = document.documentElement.clientWidth;"
                                + " return [...document.querySelectorAll('body *')]"
                                + ".filter(e => e.getClientRects().length > 0 && e.getBoundingClientRect().right > width + 1)"
                                + ".map(e => e.tagName + '#' + e.id + '.' + e.className + ' right=' + e.getBoundingClientRect().right);");
    }

    /** Saves the whole page (not only the viewport) under target/screenshots/NAME.png. */
    Path screenshot(String name) {
        Dimension before = driver.manage().window().getSize();
        long height = ((Number) script("return Math.ceil(document.documentElement.scrollHeight)")).longValue();
        driver.manage().window().setSize(new Dimension(before.width, (int)
                Math.min(Math.max(height + 140, 600), 5000)));
        try {
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** Waits for a finished download whose name ends with the suffix, and returns it. */
    Path downloaded(String suffix) {
        return wait.until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(path -> path.getFileName().toString().endsWith(suffix))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Console messages at error level since the browser opened. */
    List<String> consoleErrors() {
        record();
        return List.copyOf(consoleErrors);
    }

    /** Every URL the page loaded (documents, scripts, styles, images, fetches) that is not on the service. */
    List<String> foreignRequests() {
        record();
        URI service = URI.create(base);
        return loaded.stream()
                .filter(url -> {
                    URI uri = URI.create(url);
                    return !(service.getHost().equals(uri.getHost()) && service.getPort() == uri.getPort());
                })
                .toList();
    }

    @SuppressWarnings("unchecked")
    private void record() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                consoleErrors.add(entry.getMessage());
            }
        }
        Object urls = script("return performance.getEntriesByType('navigation')"
                + ".concat(performance.getEntriesByType('resource')).map(e => e.name)");
        if (urls instanceof List<?> list) {
            ((List<String>) list).stream().filter(url -> url.startsWith("http")).forEach(loaded::add);
        }
    }

    /** Asserts the page logged no error and loaded nothing from outside the service. */
    void assertCleanRun() {
        assertThat(consoleErrors()).as("browser console errors").isEmpty();
        assertThat(foreignRequests()).as("requests outside the service").isEmpty();
        assertThat(loaded).as("the page loaded its own assets").anyMatch(url -> url.endsWith("/app/main.js"));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
