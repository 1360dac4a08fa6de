package org.scm.mapping.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.Db;
import org.scm.mapping.testing.KeycloakAdmin;
import org.scm.mapping.testing.TestData;

/**
 * Approval and what it applies: one revision per approval, partial approval, a failure that leaves
 * no trace, and nobody approving what they wrote. Each test uses its own cells.
 */
@Isolated("it counts every revision")
class ApprovalIT {

    @Test
    void approvalAppliesTheAcceptedItemsInOneRevisionAndNothingElse() throws SQLException {
        TestData.cell("UNICEF", 2);
        TestData.organization("OECD");
        String otherCell = level("UNICEF", 2);
        long proposal = create("fp-pe", "UNHCR and ILO");
        addItem("fp-pe", proposal, cellItem("UNHCR", 4, "STRONG")); // blank in 2014
        addItem("fp-pe", proposal, cellItem("ILO", 21, "NONE")); // x in 2014
        addItem("fp-pe", proposal, """
                {"kind":"ORGANIZATION_FIELD","organization":"OECD","field":"NOTES","text":"Observer of the SCM since 2020.",
                 "justification":"minutes of the 2020 meeting"}""");
        act("fp-pe", proposal, "submit", "{}");
        long revisionsBefore = revisions();

        JsonObject approved = act("sec-ana", proposal, "approve", "{\"reason\":\"checked against the reports\"}");

        assertEquals("APPROVED", approved.getString("status"));
        assertEquals("STRONG", level("UNHCR", 4));
        assertEquals("NONE", level("ILO", 21));
        assertEquals(otherCell, level("UNICEF", 2), "cells not in the proposal are untouched");
        assertEquals(revisionsBefore + 1, revisions(), "exactly one revision");
        try (Connection db = Db.connect();
                PreparedStatement query = db.prepareStatement("""
                     select actor_username, actor_country, proposal_id, proposal_country, reason, conflict_override, action
                     from revision order by id desc limit 1""");
                ResultSet revision = query.executeQuery()) {
            revision.next();
            assertEquals("sec-ana", revision.getString(1));
            assertEquals(null, revision.getString(2));
            assertEquals(proposal, revision.getLong(3));
            assertEquals("PE", revision.getString(4));
            assertEquals("checked against the reports", revision.getString(5));
            assertFalse(revision.getBoolean(6));
            assertEquals("proposal approved", revision.getString(7));
        }
        assertEquals(
                1,
                count("select count(*) from organization_aud a join organization o on o.id = a.id "
                        + "where o.code = 'OECD' and a.notes = 'Observer of the SCM since 2020.'"));
    }

    @Test
    void partialApprovalAppliesOnlyTheAcceptedItems() throws SQLException {
        long proposal = create("fp-pe", "two cells");
        addItem("fp-pe", proposal, cellItem("FAO", 5, "STRONG"));
        JsonObject withBoth = addItem("fp-pe", proposal, cellItem("FAO", 6, "STRONG"));
        long second = withBoth.getJsonArray("items")
                .getJsonObject(1)
                .getJsonNumber("id")
                .longValue();
        act("fp-pe", proposal, "submit", "{}");
        String before = level("FAO", 6);

        actAsSeen("sec-ana", proposal, "approve", "{\"decisions\":[{\"item\":" + second + ",\"accept\":false}]}")
                .expect(400);
        assertEquals(
                "SUBMITTED",
                get("sec-ana", proposal).getString("status"),
                "a rejection without reason changes nothing");

        JsonObject decided = act(
                "sec-ana",
                proposal,
                "approve",
                "{\"decisions\":[{\"item\":" + second + ",\"accept\":false,\"reason\":\"the source is from 2009\"}]}");

        assertEquals("PARTIALLY_APPROVED", decided.getString("status"));
        assertEquals("STRONG", level("FAO", 5));
        assertEquals(before, level("FAO", 6));
        JsonObject rejectedItem = decided.getJsonArray("items").getJsonObject(1);
        assertEquals("REJECTED", rejectedItem.getString("decision"));
        assertEquals("the source is from 2009", rejectedItem.getString("decisionReason"));
        assertEquals("ACCEPTED", decided.getJsonArray("items").getJsonObject(0).getString("decision"));
    }

    @Test
    void aFailureWhileApplyingLeavesNoTrace() throws SQLException {
        TestData.organization("SICA");
        String newOrganization = """
                {"kind":"NEW_ORGANIZATION","organization":"SICA","name":"Central American Integration System",
                 "category":"NON_UN_REGIONAL","foundingYear":1991,"justification":"regional partner"}""";
        long first = create("fp-pe", "cell and a new organization");
        addItem("fp-pe", first, cellItem("WHO", 7, "STRONG"));
        addItem("fp-pe", first, newOrganization); // the last item will fail: the code exists by then
        act("fp-pe", first, "submit", "{}");
        long other = create("fp-cl", "the same organization");
        addItem("fp-cl", other, newOrganization);
        act("fp-cl", other, "submit", "{}");
        act("sec-luis", other, "approve", "{}");
        String cellBefore = level("WHO", 7);
        long revisionsBefore = revisions();
        JsonObject proposalBefore = get("fp-pe", first);

        actAsSeen("sec-ana", first, "approve", "{}").problem(409);

        assertEquals(cellBefore, level("WHO", 7), "the first item was not applied");
        assertEquals(revisionsBefore, revisions());
        JsonObject proposalAfter = get("fp-pe", first);
        assertEquals("SUBMITTED", proposalAfter.getString("status"));
        assertEquals(proposalBefore.getJsonNumber("version"), proposalAfter.getJsonNumber("version"));
        assertEquals(
                proposalBefore.getJsonArray("transitions").size(),
                proposalAfter.getJsonArray("transitions").size());
    }

    @Test
    void noOneApprovesAProposalTheyWrote() {
        KeycloakAdmin.ensureUser("fp-sec-pe", "PE", "focal-point", "secretariat");
        long proposal = create("fp-sec-pe", "written by a focal point who is also in the secretariat");
        addItem("fp-sec-pe", proposal, cellItem("UNESCO", 8, "STRONG"));
        act("fp-sec-pe", proposal, "submit", "{}");

        Api.as("fp-sec-pe").post("api/proposals/" + proposal + "/approve", "{}").expect(403);

        assertEquals("SUBMITTED", get("sec-ana", proposal).getString("status"));
        long edited = create("fp-pe", "edited later by the same person");
        addItem("fp-pe", edited, cellItem("UNESCO", 9, "STRONG"));
        Api.as("fp-sec-pe")
                .ifMatch(etag("fp-pe", edited))
                .patch("api/proposals/" + edited, "{\"title\":\"retitled\"}")
                .expect(200);
        act("fp-pe", edited, "submit", "{}");
        Api.as("fp-sec-pe").post("api/proposals/" + edited + "/approve", "{}").expect(403);
    }
}
