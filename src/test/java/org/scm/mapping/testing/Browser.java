package org.scm.mapping.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by Selenium, signing in through the real Keycloak login page. */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("scm.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("scm.chromedriver", "/usr/bin/chromedriver");

    /** How often a wait asks the page again (Selenium's default, 500 ms, adds a quarter second to every wait). */
    private static final Duration POLLING = Duration.ofMillis(50);

    private final WebDriver driver;

    /**
     * Browser tests need Debian's chromium and chromium-driver. Where they are missing the test is
     * skipped with the reason, unless {@code SCM_BROWSER_TESTS=required} (CI), where it fails.
     */
    public static void assumeInstalled() {
        boolean installed = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
        String reason = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian: apt-get install chromium chromium-driver)";
        if (!installed && "required".equals(System.getenv("SCM_BROWSER_TESTS"))) {
            throw new AssertionError(reason);
        }
        Assumptions.assumeTrue(installed, reason);
    }

    public Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .build();
        driver = new ChromeDriver(service, options);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens the app's {@code path}, signs in on the Keycloak page it redirects to, and returns on the app. */
    public void signIn(String path, String username, String password) {
        signInAt(Api.uri("/").toString(), path, username, password);
    }

    /** As {@link #signIn}, on the app at {@code appUrl} (another instance of it). */
    public void signInAt(String appUrl, String path, String username, String password) {
        driver.get(appUrl + (path.startsWith("/") ? path.substring(1) : path));
        WebDriverWait wait = waiting(Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
                .sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains(appUrl));
    }

    public String waitForText(By locator, String expected) {
        waiting(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(locator, expected));
        return driver.findElement(locator).getText();
    }

    /** A wait of at most {@code timeout} that looks at the page every 50 ms. */
    public WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout, POLLING);
    }

    public Path screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            // test classes run side by side and may photograph the same page: each replaces the file whole
            Path partial = Files.createTempFile(target.getParent(), name, ".partial");
            Files.copy(shot.toPath(), partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("screenshot failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
