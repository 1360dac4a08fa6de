package org.scm.mapping.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.Browser;
import org.scm.mapping.testing.ProposalSteps;
import org.scm.mapping.testing.TestData;

/**
 * The files in the browser: download links on the matrix and editions pages, and a focal point proposing
 * with a filled matrix — a bad file first (its problems by cell in the error summary), then the IMO cell of
 * theme 10 changed, which opens the new draft (withdrawn at the end; nothing is applied).
 */
@Isolated("it uploads the matrix it downloaded, expecting no other change in between")
class ImportPageIT {

    @Test
    void aFocalPointUploadsAFilledMatrixAndSeesTheProblemsOfABadOne() throws IOException {
        Browser.assumeInstalled();
        TestData.cell("IMO", 10);
        String csv = Api.as("fp-sr").get("api/matrix?format=csv").expect(200).body();
        Path bad = Files.createTempFile("matrix-bad", ".csv");
        Files.writeString(bad, csv.replaceFirst(",IMO,", ",INTERPOL,"), StandardCharsets.UTF_8);
        Path good = Files.createTempFile("matrix", ".csv");
        Files.writeString(good, changeImo10(csv), StandardCharsets.UTF_8);

        try (Browser surinam = new Browser()) {
            UiPage page = new UiPage(surinam);
            surinam.signIn("/matrix", "fp-sr", "demo-fp-sr");
            page.heading("Involvement of the international system");
            // the header's link shows a count only when something is unread, and never a stray "null"
            WebElement notifications = page.find("#notifications-link");
            page.waiting().until(driver -> notifications.getAttribute("aria-label") != null);
            assertTrue(
                    notifications.getText().strip().matches("Notifications\\s*\\d*"),
                    "header link: " + notifications.getText());
            page.find("a[href='/api/matrix?format=xlsx']");
            page.find("a[href='/api/matrix?format=csv']");

            page.open("/editions");
            page.heading("Editions");
            page.find("a[href='/api/editions/2014/download?format=pdf']");

            page.open("/proposals");
            page.click("a[href='/proposals/import']");
            page.heading("Propose changes with a filled matrix");
            page.check("import");

            page.find("#import-file").sendKeys(bad.toString());
            page.click("form button[type=submit]");
            String summary = page.find(".govuk-error-summary").getText();
            assertTrue(summary.contains("Cell O1: “INTERPOL” is not a column of the matrix."), summary);
            assertTrue(summary.contains("Row 1: these columns are missing: IMO."), summary);
            page.check("import-problems");

            page.find("#import-file").sendKeys(good.toString());
            page.type("#import-citation", "IMO annual report 2025");
            page.click("form button[type=submit]");
            page.waiting().until(ExpectedConditions.urlMatches("/proposals/\\d+$"));
            long id = Long.parseLong(page.driver().getCurrentUrl().replaceFirst(".*/proposals/", ""));
            page.heading(MatrixTitle.DEFAULT);
            assertEquals("SR", ProposalSteps.get("fp-sr", id).getString("country"));
            assertEquals(1, ProposalSteps.get("fp-sr", id).getJsonArray("items").size());
            ProposalSteps.act("fp-sr", id, "withdraw", null);
        }
    }

    /** The current matrix with the IMO mark of theme 10 changed (blank → x → xx → blank). */
    private static String changeImo10(String csv) {
        List<String> lines = new ArrayList<>(Arrays.asList(csv.split("\r\n")));
        int column = Arrays.asList(lines.get(0).split(",", -1)).indexOf("IMO");
        List<String> fields = new ArrayList<>(Arrays.asList(lines.get(10).split(",", -1)));
        assertEquals("10", fields.get(0));
        fields.set(
                column,
                switch (fields.get(column)) {
                    case "" -> "x";
                    case "x" -> "xx";
                    default -> "";
                });
        lines.set(10, String.join(",", fields));
        return String.join("\r\n", lines) + "\r\n";
    }

    /** The title a draft gets when the upload names none (exchange.MatrixImport). */
    private static final class MatrixTitle {
        static final String DEFAULT = "Changes to the matrix from an uploaded file";
    }
}
