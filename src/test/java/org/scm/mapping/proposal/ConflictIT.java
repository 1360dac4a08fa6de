package org.scm.mapping.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.scm.mapping.testing.Db.count;
import static org.scm.mapping.testing.Db.level;
import static org.scm.mapping.testing.Db.revisions;
import static org.scm.mapping.testing.ProposalSteps.act;
import static org.scm.mapping.testing.ProposalSteps.actAsSeen;
import static org.scm.mapping.testing.ProposalSteps.addItem;
import static org.scm.mapping.testing.ProposalSteps.cellItem;
import static org.scm.mapping.testing.ProposalSteps.create;
import static org.scm.mapping.testing.ProposalSteps.etag;
import static org.scm.mapping.testing.ProposalSteps.get;

import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.SameMoment;

/**
 * When the base of an item no longer matches: concurrent approvals of the same cell, a changed level
 * or note is a conflict naming what changed it, until the reviewer overrides or the country rebases.
 */
@Isolated("it holds the mapping lock to make two approvals meet, and counts every revision")
class ConflictIT {

    @Test
    void concurrentApprovalsOfTheSameCellApplyExactlyOne() throws Exception {
        long peru = create("fp-pe", "IOM on remittances, from Peru");
        addItem("fp-pe", peru, cellItem("IOM", 4, "INVOLVED"));
        assertEquals("STRONG", level("IOM", 4), "xx in 2014; both proposals change it");
        act("fp-pe", peru, "submit", "{}");
        long chile = create("fp-cl", "IOM on remittances, from Chile");
        addItem("fp-cl", chile, cellItem("IOM", 4, "NONE"));
        act("fp-cl", chile, "submit", "{}");
        long revisionsBefore = revisions();

        Api ana = Api.as("sec-ana").ifMatch(etag("sec-ana", peru));
        Api luis = Api.as("sec-luis").ifMatch(etag("sec-luis", chile));
        List<Api.Response> answers = SameMoment.oneApplies(
                () -> ana.post("api/proposals/" + peru + "/approve", "{}"),
                () -> luis.post("api/proposals/" + chile + "/approve", "{}"));
        Api.Response loser = answers.get(0).status() == 409 ? answers.get(0) : answers.get(1);
        assertEquals(1, loser.json().getJsonArray("conflicts").size(), loser.body());
        String winnerLevel = answers.get(0).status() == 200 ? "INVOLVED" : "NONE";
        assertEquals(winnerLevel, level("IOM", 4));
        assertEquals(revisionsBefore + 1, revisions(), "exactly one revision more");
    }

    @Test
    void aChangedBaseIsAConflictUntilOverriddenOrRebased() throws SQLException {
        long first = create("fp-pe", "UNFPA 15 strong");
        addItem("fp-pe", first, cellItem("UNFPA", 15, "INVOLVED"));
        long second = create("fp-pe", "UNFPA 15 none");
        addItem("fp-pe", second, cellItem("UNFPA", 15, "NONE"));
        long third = create("fp-pe", "UNFPA 15 once more");
        JsonObject thirdWithItem = addItem("fp-pe", third, cellItem("UNFPA", 15, "INVOLVED"));
        for (long proposal : new long[] {first, second, third}) {
            act("fp-pe", proposal, "submit", "{}");
        }
        act("sec-ana", first, "approve", "{}");

        Api.Response conflict = actAsSeen("sec-ana", second, "approve", "{}").expect(409);
        JsonObject item = conflict.json().getJsonArray("conflicts").getJsonObject(0);
        assertEquals("STRONG", item.getString("base"), "UNFPA on reproductive health was xx in 2014");
        assertEquals("INVOLVED", item.getString("current"));
        assertEquals("NONE", item.getString("proposed"));
        assertEquals(first, item.getJsonNumber("changedByProposal").longValue());
        assertEquals("SUBMITTED", get("sec-ana", second).getString("status"));

        JsonObject overridden =
                act("sec-ana", second, "approve", "{\"override\":true,\"reason\":\"confirmed by UNFPA\"}");
        assertEquals("APPROVED", overridden.getString("status"));
        assertEquals("NONE", level("UNFPA", 15));
        assertEquals(1, count("select count(*) from revision where proposal_id = ? and conflict_override", second));

        act("sec-ana", third, "request-changes", "{\"reason\":\"the cell changed twice since; rebase\"}");
        long itemId = thirdWithItem
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        JsonObject rebased = Api.as("fp-pe")
                .ifMatch(etag("fp-pe", third))
                .post("api/proposals/" + third + "/items/" + itemId + "/rebase", null)
                .ok();
        assertEquals("NONE", rebased.getJsonArray("items").getJsonObject(0).getString("baseValue"));
        act("fp-pe", third, "submit", "{}");
        assertEquals("APPROVED", act("sec-ana", third, "approve", "{}").getString("status"));
        assertEquals("INVOLVED", level("UNFPA", 15));
    }

    @Test
    void aChangedNoteIsAConflictToo() {
        long noteOnly = create("fp-pe", "same level, a note");
        addItem("fp-pe", noteOnly, cellItem("UNAIDS", 14, "STRONG")); // xx in 2014: only the note changes
        long basedOnTheOldNote = create("fp-cl", "same cell, other level");
        addItem("fp-cl", basedOnTheOldNote, cellItem("UNAIDS", 14, "INVOLVED"));
        act("fp-pe", noteOnly, "submit", "{}");
        act("fp-cl", basedOnTheOldNote, "submit", "{}");
        act("sec-ana", noteOnly, "approve", "{}");

        Api.Response conflict =
                actAsSeen("sec-ana", basedOnTheOldNote, "approve", "{}").expect(409);

        JsonObject item = conflict.json().getJsonArray("conflicts").getJsonObject(0);
        assertEquals("STRONG", item.getString("base"));
        assertEquals("STRONG", item.getString("current"));
        assertEquals("test note", item.getString("currentNote"));
        assertEquals(noteOnly, item.getJsonNumber("changedByProposal").longValue());
    }
}
