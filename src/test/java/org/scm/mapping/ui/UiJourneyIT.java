package org.scm.mapping.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.scm.mapping.testing.Browser;
import org.scm.mapping.testing.TestData;

/**
 * The web interface as its users meet it, black-box through the browser: a focal point proposes,
 * another country does not see the draft, the secretariat decides item by item, the matrix shows
 * the result. Every page reached is checked with axe and photographed (target/screenshots/).
 */
// the longest classes first, so that the shorter ones fill the time beside them
@Order(1)
class UiJourneyIT {

    @Test
    void focalPointProposesAndTheSecretariatDecidesItemByItem() {
        Browser.assumeInstalled();
        String[] cell = blankCell();
        String organization = cell[0];
        String theme = cell[1];
        String title = "UI journey " + System.nanoTime();
        String proposalPath;

        try (Browser peru = new Browser()) {
            UiPage page = new UiPage(peru);
            peru.signIn("/matrix", "fp-pe", "demo-fp-pe");
            page.heading("Involvement of the international system");
            assertEquals(29, page.all("scm-matrix-table tbody tr").size());
            page.check("matrix");

            page.click("td[data-organization='" + organization + "'][data-theme='" + theme + "']");
            page.heading("");
            page.find("a[href^='/proposals/new']");
            page.check("cell");
            page.click("a[href^='/proposals/new']");

            page.heading("New proposal");
            page.type("#proposal-title", title);
            page.click("input[type=radio][value=INVOLVED] + label");
            page.type(
                    "[data-field=justification] textarea",
                    "Its 2026 work plan runs a regional programme on this issue.");
            page.type("[data-field='sources[0].citation'] input", "Work plan 2026, section 3");
            page.type("[data-field='sources[0].url'] input", "https://example.org/work-plan-2026");
            page.check("new-proposal");
            page.click("form button[type=submit]");

            page.waiting().until(ExpectedConditions.urlMatches("/proposals/\\d+$"));
            proposalPath = page.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
            page.heading(title);

            // the second change: the mandate text of an organization, with the live word diff
            page.click("#country-actions-heading ~ form button.govuk-button--secondary");
            WebElement editor = page.find(".scm-item-editor");
            editor.findElement(By.cssSelector("input[type=radio][value=ORGANIZATION_FIELD] + label"))
                    .click();
            new Select(editor.findElement(By.cssSelector(".scm-item__text select[name=organization]")))
                    .selectByValue("UNHCR");
            WebElement text = editor.findElement(By.cssSelector(".scm-item__text textarea"));
            page.waiting().until(driver -> !text.getAttribute("value").isBlank());
            text.sendKeys(" It also coordinates the regional refugee response.");
            page.waiting()
                    .until(driver -> !editor.findElements(By.cssSelector(".scm-diff ins"))
                            .isEmpty());
            assertTrue(editor.findElement(By.cssSelector(".scm-diff ins"))
                    .getText()
                    .contains("regional refugee response"));
            editor.findElement(By.cssSelector("[data-field=justification] textarea"))
                    .sendKeys("Its 2025 annual report.");
            editor.findElement(By.cssSelector("[data-field='sources[0].citation'] input"))
                    .sendKeys("UNHCR Global Report 2025");
            page.check("proposal-add-text-change");
            editor.findElement(By.cssSelector("button[type=submit]")).click();
            page.waiting()
                    .until(driver ->
                            driver.findElements(By.cssSelector(".scm-item")).size() == 2);
            page.heading(title);
            page.check("proposal-draft");
        }

        try (Browser chile = new Browser()) {
            UiPage page = new UiPage(chile);
            chile.signIn("/proposals", "fp-cl", "demo-fp-cl");
            page.heading("Proposals of Chile");
            assertFalse(
                    page.driver().findElement(By.tagName("main")).getText().contains(title), "Chile sees Peru's draft");
            page.open(proposalPath);
            page.find(".govuk-error-summary");
            assertFalse(page.driver().findElement(By.tagName("main")).getText().contains(title));
        }

        try (Browser peru = new Browser()) {
            UiPage page = new UiPage(peru);
            peru.signIn(proposalPath, "fp-pe", "demo-fp-pe");
            page.heading(title);
            page.click(
                    "#country-actions-heading ~ form button.govuk-button:not(.govuk-button--secondary):not(.govuk-button--warning)");
            page.heading("Submitted");
        }

        try (Browser secretariat = new Browser()) {
            UiPage page = new UiPage(secretariat);
            secretariat.signIn("/review", "sec-ana", "demo-sec-ana");
            page.heading("Review queue");
            page.find("main table a");
            page.check("review-queue");
            page.driver().findElements(By.cssSelector("main table a")).stream()
                    .filter(link -> link.getText().equals(title))
                    .findFirst()
                    .orElseThrow()
                    .click();
            page.heading(title);
            page.check("proposal-review");

            WebElement textItem =
                    page.driver().findElements(By.cssSelector(".scm-item")).get(1);
            textItem.findElement(By.cssSelector("input[type=radio][value=reject] + label"))
                    .click();
            textItem.findElement(By.cssSelector(".scm-decision textarea"))
                    .sendKeys("The report does not support the new wording.");
            page.click(".scm-review form button[type=submit]");
            page.heading("Partially approved");
            String decisions = page.driver().findElements(By.cssSelector(".scm-item .scm-item__heading")).stream()
                    .map(WebElement::getText)
                    .collect(Collectors.joining(" | "));
            assertTrue(decisions.matches(".*Accepted.*\\|.*Rejected.*"), decisions);
            assertTrue(page.driver()
                    .findElement(By.tagName("main"))
                    .getText()
                    .contains("The report does not support the new wording."));
            page.check("proposal-decided");

            page.open("/matrix");
            page.heading("Involvement of the international system");
            assertEquals(
                    "x",
                    page.find("td[data-organization='" + organization + "'][data-theme='" + theme + "']")
                            .getText());

            historyComparisonAuditAndEditions(page, proposalPath, organization, theme);
            revertPreparesADraft(page, proposalPath, title);
        }
    }

    /** After the decision: the cell's history names the proposal, Peru (fp-pe) and sec-ana; 2014 → now shows the change. */
    private static void historyComparisonAuditAndEditions(
            UiPage page, String proposalPath, String organization, String theme) {
        String proposalId = proposalPath.substring(proposalPath.lastIndexOf('/') + 1);

        page.open("/history/cells/" + organization + "/" + theme);
        page.heading("History of the cell");
        List<WebElement> entries = page.all(".scm-history__entry");
        assertFalse(entries.isEmpty(), "the cell has a history");
        String latest = entries.get(entries.size() - 1).getText();
        assertTrue(latest.contains("Proposal " + proposalId), latest);
        assertTrue(latest.contains("Peru (fp-pe)"), latest);
        assertTrue(latest.contains("Approved by") && latest.contains("sec-ana"), latest);
        assertTrue(latest.contains("involved (x)"), latest);
        assertFalse(entries.get(entries.size() - 1)
                .findElements(By.cssSelector("a[href='" + proposalPath + "']"))
                .isEmpty());
        assertTrue(entries.get(entries.size() - 1)
                .findElement(By.tagName("time"))
                .getAttribute("title")
                .endsWith("UTC"));
        page.check("history-cell");

        page.open("/history/organizations/UNHCR");
        page.heading("History of the profile");
        page.find(".scm-history__entry");
        page.check("history-organization");

        page.open("/compare?from=2014&to=now");
        page.heading("Compare");
        // comparing two whole states takes a while on a loaded machine; the page says when it is done
        String row = ".scm-compare__table tr[data-organization='" + organization + "'][data-theme='" + theme + "']";
        page.waiting(Duration.ofSeconds(120))
                .until(driver ->
                        !driver.findElements(By.cssSelector(row + ", main .govuk-error-summary, .scm-compare__sides"))
                                        .isEmpty()
                                && driver.findElements(By.cssSelector("[aria-busy='true']"))
                                        .isEmpty());
        assertFalse(page.all(row).isEmpty(), page.find("main").getText());
        WebElement changed = page.find(row);
        assertTrue(changed.getText().contains("Added"), changed.getText());
        assertTrue(changed.getText().contains("Proposal " + proposalId), changed.getText());
        page.find(".scm-change-map td.scm-change--added a[href='/history/cells/" + organization + "/" + theme + "']");
        page.check("compare");

        page.open("/audit?proposal=" + proposalId);
        page.heading("Audit log");
        String log = page.find(".scm-audit__table").getText();
        assertTrue(log.contains("Proposal approved"), log);
        assertTrue(log.contains("sec-ana"), log);
        page.check("audit");

        page.open("/editions");
        page.heading("Editions");
        String edition2014 = page.find(".scm-editions tr[data-year='2014']").getText();
        assertTrue(edition2014.contains("Published") && edition2014.contains("Revision"), edition2014);
        assertFalse(
                page.all(".scm-editions tr[data-year='2014'] .scm-hash").isEmpty(),
                "the published edition shows its head hash");
        page.check("editions");
    }

    /** Revert on the applied proposal: a confirmation, then the new draft of Peru opens. */
    private static void revertPreparesADraft(UiPage page, String proposalPath, String title) {
        page.open(proposalPath);
        page.heading(title);
        page.click("#revert-start");
        page.find("#revert-confirm");
        assertTrue(
                page.find(".scm-revert").getText().contains("Technical Secretariat reviews it"),
                page.find(".scm-revert").getText());
        page.check("proposal-revert-confirm");
        page.click("#revert-confirm");
        page.waiting()
                .until(driver -> driver.getCurrentUrl().matches(".*/proposals/\\d+$")
                        && !driver.getCurrentUrl().endsWith(proposalPath));
        page.heading("Revert: " + title);
        page.heading("Draft");
        page.check("proposal-revert-draft");
    }

    /** UNITAR × 20, blank in 2014 and used by no other test class, so the journey's change is blank → x. */
    private static String[] blankCell() {
        TestData.cell("UNITAR", 20);
        return new String[] {"UNITAR", "20"};
    }
}
