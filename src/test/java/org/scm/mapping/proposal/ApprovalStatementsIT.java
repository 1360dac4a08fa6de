package org.scm.mapping.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scm.mapping.testing.ProposalSteps.act;
import static org.scm.mapping.testing.ProposalSteps.addItem;
import static org.scm.mapping.testing.ProposalSteps.cellItem;
import static org.scm.mapping.testing.ProposalSteps.create;
import static org.scm.mapping.testing.ProposalSteps.etag;

import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.Db;

/**
 * What approving a proposal costs in SQL statements (Hibernate's statistics, through the test-only probe),
 * for 5 and for 50 cell items. Loading the items' cells takes two queries whatever their number, and the
 * writes leave in JDBC batches; what still grows with the items is the audit trail's end marks (Envers'
 * validity strategy ends the previous audit row of each changed cell and of each decided item with one
 * UPDATE each, which Hibernate does not batch) and the read of each item's sources for the answer. This
 * test holds that bound (before batching and loading, an item cost about eight statements). Its cells: SR-HRM × 1–21,
 * UNODC × 1–21, UN-WOMEN × 1–13.
 */
@Isolated("it reads the app-wide Hibernate statement counters")
class ApprovalStatementsIT {

    /**
     * Per item: Envers' two end marks (the previous audit row of the changed cell and of the decided item)
     * and the read of the item's sources when the answer is built (traced with show_sql; not yet batched).
     */
    private static final int PER_ITEM = 3;

    /**
     * Hibernate's counters are global: the mail outbox's sender, which wakes after each commit, reads and
     * marks its rows meanwhile (about ten statements per approval, whatever its size). Far less than one
     * more statement per item would add (45).
     */
    private static final int BACKGROUND_WORK = 25;

    @Test
    void eachCellItemBeyondTheFirstCostsOnlyTheAuditTrailsEndMarks() throws SQLException {
        List<String> cells = new ArrayList<>();
        for (int theme = 1; theme <= 21; theme++) {
            cells.add("SR-HRM/" + theme);
        }
        for (int theme = 1; theme <= 21; theme++) {
            cells.add("UNODC/" + theme);
        }
        for (int theme = 1; theme <= 13; theme++) {
            cells.add("UN-WOMEN/" + theme);
        }
        long five = submitted("five cell items", cells.subList(0, 5));
        long fifty = submitted("fifty cell items", cells.subList(5, 55));

        long forFive = statementsToApprove(five);
        long forFifty = statementsToApprove(fifty);

        System.out.printf("SQL statements to approve: 5 cell items %d, 50 cell items %d%n", forFive, forFifty);
        assertTrue(forFive > 0, "the probe counts statements");
        long bound = PER_ITEM * 45 + BACKGROUND_WORK;
        assertTrue(
                forFifty - forFive <= bound,
                "45 more items cost at most " + bound + " more statements, not " + (forFifty - forFive));
        for (String cell : cells.subList(5, 55)) {
            String[] parts = cell.split("/");
            assertEquals(
                    "STRONG".equals(seedLevel(parts[0], Integer.parseInt(parts[1]))) ? "NONE" : "STRONG",
                    Db.level(parts[0], Integer.parseInt(parts[1])),
                    cell + " applied");
        }
    }

    private static long submitted(String title, List<String> cells) throws SQLException {
        long proposal = create("fp-pe", title);
        for (String cell : cells) {
            String[] parts = cell.split("/");
            String now = Db.level(parts[0], Integer.parseInt(parts[1]));
            addItem("fp-pe", proposal, cellItem(parts[0], Integer.parseInt(parts[1]), changed(now)));
        }
        act("fp-pe", proposal, "submit", "{}");
        return proposal;
    }

    private static long statementsToApprove(long proposal) {
        String version = etag("sec-ana", proposal);
        long before = prepared();
        JsonObject approved = Api.as("sec-ana")
                .ifMatch(version)
                .post("api/proposals/" + proposal + "/approve", "{\"reason\":\"counted\"}")
                .ok();
        long after = prepared();
        assertEquals("APPROVED", approved.getString("status"));
        return after - before;
    }

    private static long prepared() {
        return Api.as("sec-ana")
                .get("api/test-probes/statistics")
                .ok()
                .getJsonNumber("prepared")
                .longValue();
    }

    private static String changed(String level) {
        return "STRONG".equals(level) ? "NONE" : "STRONG";
    }

    private static String seedLevel(String organization, int theme) {
        return Api.as("observer")
                .get("api/matrix/cells/" + organization + "/" + theme + "?edition=2014")
                .ok()
                .getString("level");
    }
}
