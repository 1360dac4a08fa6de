package org.scm.mapping.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scm.mapping.testing.ProposalSteps.act;
import static org.scm.mapping.testing.ProposalSteps.actAsSeen;
import static org.scm.mapping.testing.ProposalSteps.addItem;
import static org.scm.mapping.testing.ProposalSteps.cellItem;
import static org.scm.mapping.testing.ProposalSteps.create;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.TestData;

/**
 * Reverting an applied proposal: a new draft of the same country with the values from before the
 * approval, reviewed like any other; the history shows both. Uses cell UNCTAD × 3 and WTO's notes.
 */
class RevertIT {

    private static final String CELL = "api/matrix/cells/UNCTAD/3";

    @Test
    void aRevertApprovedRestoresTheEarlierValuesAndTheHistoryShowsBoth() {
        TestData.organization("WTO");
        JsonObject before = Api.as("fp-ar").get(CELL).ok();
        String level0 = before.getString("level");
        String note0 = before.getString("note", null);
        String notes0 = Api.as("fp-ar").get("api/organizations/WTO").ok().getString("notes", null);
        String level1 = level0.equals("STRONG") ? "NONE" : "STRONG";

        long original = create("fp-ar", "UNCTAD remittances");
        addItem("fp-ar", original, cellItem("UNCTAD", 3, level1));
        addItem("fp-ar", original, """
                {"kind":"ORGANIZATION_FIELD","organization":"WTO","field":"NOTES","text":"Changed for a revert test.",
                 "justification":"to be reverted"}""");
        act("fp-ar", original, "submit", "{}");
        act("sec-ana", original, "approve", "{}");
        assertEquals(level1, Api.as("fp-ar").get(CELL).ok().getString("level"));

        Api.Response prepared = Api.as("fp-ar").post("api/proposals/" + original + "/revert", "");
        JsonObject revert = prepared.expect(201).json();
        assertTrue(prepared.header("Location").orElseThrow().endsWith("/api/proposals/" + revert.getInt("id")));
        assertEquals("DRAFT", revert.getString("status"));
        assertEquals("AR", revert.getString("country"));
        JsonArray items = revert.getJsonArray("items");
        assertEquals(2, items.size(), items.toString());
        JsonObject cell = items.getJsonObject(0);
        assertEquals("CELL_LEVEL", cell.getString("kind"));
        assertEquals(level0, cell.getString("level"));
        assertEquals(level1, cell.getString("baseValue"), "written against the value now");
        assertEquals(1, cell.getJsonArray("sources").size(), "a revert cites the proposal it reverts");

        long revertId = revert.getJsonNumber("id").longValue();
        act("fp-ar", revertId, "submit", "{}");
        act("sec-luis", revertId, "approve", "{\"reason\":\"reverted at Argentina's request\"}");

        JsonObject after = Api.as("observer").get(CELL).ok();
        assertEquals(level0, after.getString("level"));
        assertEquals(note0, after.getString("note", null));
        assertEquals(
                notes0, Api.as("observer").get("api/organizations/WTO").ok().getString("notes", null));

        JsonArray values =
                Api.as("observer").get("api/history/cells/UNCTAD/3").ok().getJsonArray("values");
        JsonObject changed = values.getJsonObject(values.size() - 2);
        JsonObject restored = values.getJsonObject(values.size() - 1);
        assertEquals(original, changed.getJsonNumber("proposal").longValue());
        assertEquals(level1, changed.getString("level"));
        assertEquals(revertId, restored.getJsonNumber("proposal").longValue());
        assertEquals(level0, restored.getString("level"));

        Api.as("fp-ar").post("api/proposals/" + original + "/revert", "").problem(409);
    }

    @Test
    void onlyAnAppliedProposalIsRevertedAndOnlyByItsCountryOrTheSecretariat() {
        long draft = create("fp-bo", "not applied");
        addItem("fp-bo", draft, cellItem("UN-HABITAT", 2, "STRONG"));
        Api.as("fp-bo").post("api/proposals/" + draft + "/revert", "").problem(409);
        Api.as("fp-cl").post("api/proposals/" + draft + "/revert", "").problem(404);
        Api.as("observer").post("api/proposals/" + draft + "/revert", "").problem(404);
        Api.as("fp-bo").post("api/proposals/999999/revert", "").problem(404);

        act("fp-bo", draft, "submit", "{}");
        act("sec-ana", draft, "approve", "{}");
        Api.as("fp-cl").post("api/proposals/" + draft + "/revert", "").problem(404);

        JsonObject prepared = Api.as("sec-luis")
                .post("api/proposals/" + draft + "/revert", "")
                .expect(201)
                .json();
        long revert = prepared.getJsonNumber("id").longValue();
        assertEquals("BO", prepared.getString("country"), "a revert belongs to the country, whoever prepares it");
        assertEquals(200, Api.as("sec-luis").get("api/proposals/" + revert).status(), "its author sees the draft");
        assertEquals(200, Api.as("fp-bo").get("api/proposals/" + revert).status());
        assertEquals(404, Api.as("sec-ana").get("api/proposals/" + revert).status(), "other reviewers: once submitted");
        actAsSeen("sec-luis", revert, "submit", "{}").problem(403);
        act("fp-bo", revert, "submit", "{}");
        actAsSeen("sec-luis", revert, "approve", "{}").problem(403);
        act("sec-ana", revert, "approve", "{}");
    }
}
