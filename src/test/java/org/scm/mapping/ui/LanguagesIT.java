package org.scm.mapping.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.scm.mapping.testing.Browser;

/**
 * The pages for files, downloads and notifications in Spanish and Portuguese, as a focal point sees them:
 * each checked with axe (as a translation of a page checked in English: {@code UiPage.checkTranslation}) and
 * photographed at both sizes ({@code <page>-<language>-<size>.png}). Reads only.
 */
// the longest classes first, so that the shorter ones fill the time beside them
@Order(2)
class LanguagesIT {

    private static final List<String> PAGES =
            List.of("/matrix", "/editions", "/compare", "/proposals/import", "/notifications");

    @Test
    void thePagesOfThisReleaseSpeakSpanishAndPortuguese() {
        Browser.assumeInstalled();
        for (String language : List.of("es", "pt-BR")) {
            try (Browser browser = new Browser()) {
                UiPage page = new UiPage(browser);
                browser.signIn("/matrix", "fp-sr", "demo-fp-sr");
                page.find("main h1");
                page.click("button[lang=" + language + "]");
                page.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
                for (String path : PAGES) {
                    page.open(path);
                    page.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
                    page.find("main h1");
                    page.waiting()
                            .until(driver -> driver.findElements(By.cssSelector("[aria-busy='true']"))
                                    .isEmpty());
                    String text = page.find("main").getText();
                    assertFalse(text.contains("undefined") || text.contains("null"), path + ": " + text);
                    assertEquals(
                            language,
                            page.driver().findElement(By.tagName("html")).getAttribute("lang"));
                    page.checkTranslation(path.substring(1).replace('/', '-') + "-" + language);
                }
            }
        }
    }
}
