package org.scm.mapping.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.Browser;

/** What the UI tests do on every page they reach: wait for it, check it with axe, photograph it at two sizes. */
final class UiPage {

    private static final Set<String> BLOCKING = Set.of("critical", "serious");
    private static final Dimension LAPTOP = new Dimension(1366, 768);
    private static final Dimension PHONE = new Dimension(390, 844);

    private final Browser browser;

    UiPage(Browser browser) {
        this.browser = browser;
        driver().manage().window().setSize(LAPTOP);
    }

    WebDriver driver() {
        return browser.driver();
    }

    WebDriverWait waiting() {
        return waiting(Duration.ofSeconds(30));
    }

    WebDriverWait waiting(Duration timeout) {
        return browser.waiting(timeout);
    }

    void open(String path) {
        driver().get(Api.uri(path).toString());
    }

    /** Waits until the page's main heading reads {@code heading} and nothing is loading any more. */
    WebElement heading(String heading) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), heading));
        waiting()
                .until(page ->
                        page.findElements(By.cssSelector("[aria-busy='true']")).isEmpty());
        return driver().findElement(By.cssSelector("main h1"));
    }

    WebElement find(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver().findElements(By.cssSelector(css));
    }

    void click(String css) {
        waiting()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)))
                .click();
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** axe-core on the page as it is now: no critical or serious violation; then the two screenshots. */
    void check(String name) {
        check(name, new AxeBuilder());
    }

    /**
     * As {@link #check}, for a page whose English version is checked too: every rule but colour contrast
     * (the colours do not change with the language), and the matrix without the cells of its body (the
     * labels of its 754 cells are made of the same translations as its headers, which are checked). On the
     * matrix a full axe run takes six seconds of this machine; this one a fraction.
     */
    void checkTranslation(String name) {
        check(name, new AxeBuilder().disableRules(List.of("color-contrast")).exclude("scm-matrix-table tbody td"));
    }

    private void check(String name, AxeBuilder axe) {
        Results results = axe.analyze(driver());
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .toList();
        assertEquals(
                List.of(),
                blocking.stream()
                        .map(rule -> rule.getId() + " (" + rule.getImpact() + "): "
                                + rule.getNodes().stream()
                                        .limit(3)
                                        .map(node -> String.valueOf(node.getTarget()))
                                        .collect(Collectors.joining(", ")))
                        .toList(),
                "axe on " + name + " at " + driver().getCurrentUrl());
        browser.screenshot(name + "-1366x768");
        driver().manage().window().setSize(PHONE);
        browser.screenshot(name + "-390x844");
        driver().manage().window().setSize(LAPTOP);
    }
}
