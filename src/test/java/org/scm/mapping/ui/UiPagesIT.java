package org.scm.mapping.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.scm.mapping.stack.StackSession;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.Browser;
import org.scm.mapping.testing.Db;
import org.scm.mapping.testing.ProposalSteps;

/**
 * Pages beside the proposal journey (UiJourneyIT), black-box through the browser: the language switch and the
 * sign-in page that follows it, what an observer is offered and the friendly page for unknown addresses, and
 * the notifications in the header and on their page. Every page reached is checked with axe and photographed.
 */
@Order(3)
class UiPagesIT {

    @Test
    void theLanguageSwitchTurnsThePagesIntoSpanishAndPortugueseAndTheSignInPageFollows() {
        Browser.assumeInstalled();
        try (Browser browser = new Browser()) {
            UiPage page = new UiPage(browser);
            browser.signIn("/matrix", "fp-pe", "demo-fp-pe");
            page.heading("Involvement of the international system");
            assertEquals("en", page.driver().findElement(By.tagName("html")).getAttribute("lang"));

            page.click("button[lang=es]");
            page.heading("Participación del sistema internacional en la temática migratoria");
            assertEquals("es", page.driver().findElement(By.tagName("html")).getAttribute("lang"));
            assertTrue(page.find("#navigation").getText().contains("Propuestas de mi país"));
            page.checkTranslation("matrix-es");
            page.click("#navigation a[href='/proposals']");
            page.heading("Propuestas de Perú");
            page.check("proposals-es");

            page.click("button[lang=pt-BR]");
            page.heading("Propostas de Peru");
            assertEquals("pt-BR", page.driver().findElement(By.tagName("html")).getAttribute("lang"));
            page.open("/organizations/UNHCR");
            page.heading("");
            assertTrue(page.find("main").getText().contains("Mandato"));
            assertTrue(page.find("main").getText().contains("Atuação na temática migratória"));
            page.check("organization-pt");

            // signed out (the app's and Keycloak's session cookies gone, the language cookie kept):
            // the Keycloak page speaks the language chosen in the app
            assertEquals(
                    "pt-BR",
                    page.driver().manage().getCookieNamed("KEYCLOAK_LOCALE").getValue());
            forgetSessions(page, Api.uri("/matrix").toString());
            forgetSessions(
                    page, StackSession.current().keycloak().url() + "/realms/scm/.well-known/openid-configuration");
            page.open("/matrix");
            page.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-login")));
            assertEquals(
                    "Entrar",
                    page.driver().findElement(By.id("kc-login")).getText().trim());
            browser.screenshot("sign-in-pt-1366x768");
        }
    }

    @Test
    void unknownAddressesShowAFriendlyPage() {
        Browser.assumeInstalled();
        try (Browser browser = new Browser()) {
            UiPage page = new UiPage(browser);
            browser.signIn("/matrix", "observer", "demo-observer");
            page.heading("Involvement of the international system");
            assertTrue(
                    page.all("#navigation a[href='/proposals'], #navigation a[href='/review']")
                            .isEmpty(),
                    "an observer is offered no proposal pages");
            assertTrue(page.all("a[href^='/proposals/new']").isEmpty());
            page.check("matrix-observer");

            // keyboard: the grid is one tab stop; arrows move, Enter opens the cell
            WebElement first = page.find("td.scm-matrix__cell[tabindex='0']");
            assertEquals("UNHCR", first.getAttribute("data-organization"));
            first.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_DOWN);
            WebElement focused = page.driver().switchTo().activeElement();
            assertEquals("WB", focused.getAttribute("data-organization"));
            assertEquals("2", focused.getAttribute("data-theme"));
            assertTrue(focused.getAttribute("aria-label").contains("World Bank"), focused.getAttribute("aria-label"));
            focused.sendKeys(Keys.ENTER);
            page.heading("World Bank");
            assertTrue(page.all("a[href^='/proposals/new']").isEmpty(), "an observer is offered no proposal");
            page.check("cell-observer");

            page.open("/no-such-page");
            String text = page.find("main").getText();
            assertTrue(text.contains("We could not find this page"), text);
            assertFalse(page.driver().getPageSource().contains("SRVE"), "no server error text");
            page.check("not-found");

            page.open("/organizations/NO-SUCH-ORGANIZATION");
            page.find(".govuk-error-summary");
            assertTrue(page.find("main").getText().contains("We could not find this"));
        }
    }

    @Test
    void theHeaderCountsUnreadNotificationsAndTheirPageListsThemAndTurnsEmailOff() throws SQLException {
        Browser.assumeInstalled();
        long proposal = ProposalSteps.create("fp-gy", "IFAD notifications page " + System.nanoTime());
        ProposalSteps.addItem(
                "fp-gy",
                proposal,
                ProposalSteps.cellItem("IFAD", 8, Db.level("IFAD", 8).equals("STRONG") ? "INVOLVED" : "STRONG"));
        ProposalSteps.act("fp-gy", proposal, "submit", "{}");
        Api.as("sec-luis")
                .post("api/proposals/" + proposal + "/comments", "{\"text\":\"Which report is it?\"}")
                .expect(201);
        try (Browser guyana = new Browser()) {
            UiPage page = new UiPage(guyana);
            guyana.signIn("/matrix", "fp-gy", "demo-fp-gy");
            page.heading("Involvement of the international system");
            WebElement link = page.find("#notifications-link");
            page.waiting()
                    .until(driver -> link.getAttribute("aria-label") != null
                            && link.getAttribute("aria-label").matches("Notifications, [1-9]\\d* unread"));
            link.click();
            page.heading("Notifications");
            WebElement item = page.find(".scm-notification[data-id] a");
            assertTrue(
                    page.find("main").getText().contains("sec-luis commented on proposal " + proposal),
                    page.find("main").getText());
            assertTrue(item.isDisplayed());
            page.check("notifications");

            try {
                page.click("label[for=email-enabled]");
                page.waiting()
                        .until(ExpectedConditions.textToBePresentInElementLocated(
                                By.id("email-status"), "E-mail is off"));
                assertFalse(
                        Api.as("fp-gy").get("api/notifications/settings").ok().getBoolean("emailEnabled"));
            } finally {
                // EditionCycleIT waits for a mail to fp-gy: e-mail goes back on even when a check above fails
                Api.as("fp-gy")
                        .put("api/notifications/settings", "{\"emailEnabled\":true}")
                        .ok();
            }

            page.driver().findElements(By.cssSelector(".scm-notification a")).stream()
                    .filter(entry -> entry.getText().contains("proposal " + proposal))
                    .findFirst()
                    .orElseThrow()
                    .click();
            page.waiting().until(ExpectedConditions.urlMatches("/proposals/" + proposal + "$"));
        }
    }

    private static void forgetSessions(UiPage page, String url) {
        page.driver().get(url);
        page.driver().manage().getCookies().stream()
                .filter(cookie -> !"KEYCLOAK_LOCALE".equals(cookie.getName()))
                .forEach(cookie -> page.driver().manage().deleteCookie(cookie));
    }
}
