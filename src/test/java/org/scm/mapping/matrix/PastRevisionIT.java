package org.scm.mapping.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.scm.mapping.testing.ProposalSteps.approved;
import static org.scm.mapping.testing.ProposalSteps.cellItem;

import jakarta.json.JsonObject;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.scm.mapping.testing.Annex2014;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.Db;
import org.scm.mapping.testing.TestData;

/**
 * Past states read from the audit trail. Each test makes its later revision the way the app does, by
 * a real approval (a focal point proposes and submits, the secretariat approves), then reads the
 * mapping at that revision, at the one before it, and as edition 2014.
 */
class PastRevisionIT {

    private static final Annex2014 ANNEX = Annex2014.load();

    @Test
    void aPastRevisionIsReadFromTheAuditTrail() throws SQLException {
        // UPU × 11 (Migrant smuggling) goes from blank to xx
        long revision = revisionOf(approved("fp-pe", "sec-ana", cellItem("UPU", 11, "STRONG")));

        assertEquals(
                "xx", cellOf(Api.as("fp-pe").get("api/matrix").ok(), "UPU", 11).getString("symbol"));
        assertEquals(
                "xx",
                cellOf(Api.as("fp-pe").get("api/matrix?revision=" + revision).ok(), "UPU", 11)
                        .getString("symbol"));
        assertEquals(
                "STRONG", Api.as("fp-pe").get("api/matrix/cells/UPU/11").ok().getString("level"));

        ANNEX.assertIsTheMatrix(Api.as("fp-pe").get("api/matrix?edition=2014").ok());
        ANNEX.assertIsTheMatrix(Api.as("fp-pe").get("api/matrix?revision=1").ok());
        assertEquals(
                ANNEX.text(),
                Api.as("fp-pe")
                        .accept("text/csv")
                        .get("api/matrix?edition=2014")
                        .expect(200)
                        .body()
                        .replace("\r\n", "\n"));
        assertEquals(strong(revisionBefore(revision)) + 1, strong(revision), "one more xx than the revision before");
    }

    @Test
    void theRevisionBeforeAnApprovalStillShowsTheOldLevel() throws SQLException {
        // UNICEF × 11 (Migrant smuggling) goes from blank to x
        long revision = revisionOf(approved("fp-cl", "sec-luis", cellItem("UNICEF", 11, "INVOLVED")));
        long before = revisionBefore(revision);

        JsonObject then =
                Api.as("observer").get("api/matrix?revision=" + before).ok();
        JsonObject now =
                Api.as("observer").get("api/matrix?revision=" + revision).ok();
        assertEquals("", cellOf(then, "UNICEF", 11).getString("symbol"));
        assertEquals("x", cellOf(now, "UNICEF", 11).getString("symbol"));
        assertEquals(before, then.getInt("revision"));
        assertEquals(
                then.getJsonObject("totals").getInt("involved") + 1,
                now.getJsonObject("totals").getInt("involved"));
        assertEquals(
                then.getJsonObject("totals").getInt("none") - 1,
                now.getJsonObject("totals").getInt("none"));
    }

    @Test
    void aProfileIsReadAsAtAPastRevision() throws SQLException {
        TestData.organization("UNEP");
        String notes2014 =
                Api.as("fp-pe").get("api/organizations/UNEP?edition=2014").ok().getString("notes", "");
        long revision = revisionOf(approved("fp-pe", "sec-ana", """
                {"kind":"ORGANIZATION_FIELD","organization":"UNEP","field":"NOTES","text":"Hosts the 2030 climate mobility desk.",
                 "justification":"UNEP annual report 2025"}"""));

        assertEquals(
                "Hosts the 2030 climate mobility desk.",
                Api.as("fp-pe")
                        .get("api/organizations/UNEP?revision=" + revision)
                        .ok()
                        .getString("notes"));
        assertEquals(
                notes2014,
                Api.as("fp-pe")
                        .get("api/organizations/UNEP?revision=" + revisionBefore(revision))
                        .ok()
                        .getString("notes", ""));
        assertEquals(
                notes2014,
                Api.as("fp-pe").get("api/organizations/UNEP?edition=2014").ok().getString("notes", ""));
    }

    /** The revision an approval wrote. */
    private static long revisionOf(JsonObject approvedProposal) throws SQLException {
        assertEquals("APPROVED", approvedProposal.getString("status"));
        return Db.count(
                "select max(id) from revision where proposal_id = ?",
                approvedProposal.getJsonNumber("id").longValue());
    }

    private static long revisionBefore(long revision) throws SQLException {
        return Db.count("select max(id) from revision where id < ?", revision);
    }

    private static int strong(long revision) {
        return Api.as("fp-pe")
                .get("api/matrix?revision=" + revision)
                .ok()
                .getJsonObject("totals")
                .getInt("strong");
    }

    private static JsonObject cellOf(JsonObject matrix, String organization, int theme) {
        return matrix.getJsonArray("cells").getValuesAs(JsonObject.class).stream()
                .filter(cell -> cell.getString("organization").equals(organization) && cell.getInt("theme") == theme)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + organization + " × " + theme));
    }
}
