package org.scm.mapping.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scm.mapping.proposal.ProposalSteps.act;
import static org.scm.mapping.proposal.ProposalSteps.actAsSeen;
import static org.scm.mapping.proposal.ProposalSteps.addItem;
import static org.scm.mapping.proposal.ProposalSteps.cellItem;
import static org.scm.mapping.proposal.ProposalSteps.count;
import static org.scm.mapping.proposal.ProposalSteps.create;
import static org.scm.mapping.proposal.ProposalSteps.expect;
import static org.scm.mapping.proposal.ProposalSteps.get;
import static org.scm.mapping.proposal.ProposalSteps.level;
import static org.scm.mapping.proposal.ProposalSteps.postItem;
import static org.scm.mapping.proposal.ProposalSteps.revisions;
import static org.scm.mapping.proposal.ProposalSteps.send;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scm.mapping.stack.StackSession;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.Deployments;
import org.scm.mapping.testing.FreshDatabase;
import org.scm.mapping.testing.KeycloakAdmin;

/**
 * Approval and what it applies: one revision per approval, partial approval, a failure that leaves
 * no trace, concurrent approvals of the same cell, conflicts and their override, rebase; plus
 * self-approval, If-Match, foreign drafts, bad input and the comment thread. Each test uses its own
 * cells, so the tests do not depend on one another.
 */
@ExtendWith({FreshDatabase.class, ArquillianExtension.class})
class ProposalReviewIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.app();
    }

    @Test
    void approvalAppliesTheAcceptedItemsInOneRevisionAndNothingElse() throws SQLException {
        String otherCell = level("UNICEF", 2);
        long proposal = create("fp-pe", "UNHCR and ILO");
        addItem("fp-pe", proposal, cellItem("UNHCR", 4, "STRONG"));   // blank in 2014
        addItem("fp-pe", proposal, cellItem("ILO", 21, "NONE"));      // x in 2014
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
        try (Connection db = StackSession.current().database().connect();
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
        assertEquals(1, count("select count(*) from organization_aud a join organization o on o.id = a.id "
                + "where o.code = 'OECD' and a.notes = 'Observer of the SCM since 2020.'"));
    }

    @Test
    void partialApprovalAppliesOnlyTheAcceptedItems() throws SQLException {
        long proposal = create("fp-pe", "two cells");
        addItem("fp-pe", proposal, cellItem("FAO", 5, "STRONG"));
        JsonObject withBoth = addItem("fp-pe", proposal, cellItem("FAO", 6, "STRONG"));
        long second = withBoth.getJsonArray("items").getJsonObject(1).getJsonNumber("id").longValue();
        act("fp-pe", proposal, "submit", "{}");
        String before = level("FAO", 6);

        expect(400, actAsSeen("sec-ana", proposal, "approve",
                "{\"decisions\":[{\"item\":" + second + ",\"accept\":false}]}"));
        assertEquals("SUBMITTED", get("sec-ana", proposal).getString("status"), "a rejection without reason changes nothing");

        JsonObject decided = act("sec-ana", proposal, "approve",
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

        HttpResponse<String> failed = actAsSeen("sec-ana", first, "approve", "{}");

        assertEquals(409, failed.statusCode(), failed.body());
        assertEquals("application/problem+json", Api.contentType(failed));
        assertEquals(cellBefore, level("WHO", 7), "the first item was not applied");
        assertEquals(revisionsBefore, revisions());
        JsonObject proposalAfter = get("fp-pe", first);
        assertEquals("SUBMITTED", proposalAfter.getString("status"));
        assertEquals(proposalBefore.getJsonNumber("version"), proposalAfter.getJsonNumber("version"));
        assertEquals(proposalBefore.getJsonArray("transitions").size(), proposalAfter.getJsonArray("transitions").size());
    }

    @Test
    void concurrentApprovalsOfTheSameCellApplyExactlyOne() throws Exception {
        assertEquals("STRONG", level("IOM", 4), "xx in 2014; both proposals change it");
        long peru = create("fp-pe", "IOM on remittances, from Peru");
        addItem("fp-pe", peru, cellItem("IOM", 4, "INVOLVED"));
        act("fp-pe", peru, "submit", "{}");
        long chile = create("fp-cl", "IOM on remittances, from Chile");
        addItem("fp-cl", chile, cellItem("IOM", 4, "NONE"));
        act("fp-cl", chile, "submit", "{}");
        long revisionsBefore = revisions();

        String peruVersion = ProposalSteps.etag("sec-ana", peru);
        String chileVersion = ProposalSteps.etag("sec-luis", chile);
        ExecutorService reviewers = Executors.newFixedThreadPool(2);
        try (Connection holder = StackSession.current().database().connect();
             Statement sql = holder.createStatement()) {
            // hold the approvals' turn so that both requests are surely in flight together
            sql.execute("select pg_advisory_lock(" + MappingTargets.APPROVAL_LOCK + ")");
            Callable<HttpResponse<String>> ana = () ->
                    send("POST", "api/proposals/" + peru + "/approve", "sec-ana", "{}", peruVersion);
            Callable<HttpResponse<String>> luis = () ->
                    send("POST", "api/proposals/" + chile + "/approve", "sec-luis", "{}", chileVersion);
            Future<HttpResponse<String>> first = reviewers.submit(ana);
            Future<HttpResponse<String>> second = reviewers.submit(luis);
            awaitWaitingForTheTurn(sql, 2);
            sql.execute("select pg_advisory_unlock(" + MappingTargets.APPROVAL_LOCK + ")");
            List<Integer> codes = List.of(first.get().statusCode(), second.get().statusCode());

            assertTrue(codes.contains(200) && codes.contains(409), codes + " " + first.get().body() + second.get().body());
            HttpResponse<String> loser = first.get().statusCode() == 409 ? first.get() : second.get();
            assertEquals(1, Api.json(loser).getJsonArray("conflicts").size(), loser.body());
            String winnerLevel = first.get().statusCode() == 200 ? "INVOLVED" : "NONE";
            assertEquals(winnerLevel, level("IOM", 4));
            assertEquals(revisionsBefore + 1, revisions(), "exactly one revision more");
        } finally {
            reviewers.shutdownNow();
        }
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

        HttpResponse<String> conflict = actAsSeen("sec-ana", second, "approve", "{}");
        assertEquals(409, conflict.statusCode(), conflict.body());
        JsonObject item = Api.json(conflict).getJsonArray("conflicts").getJsonObject(0);
        assertEquals("STRONG", item.getString("base"), "UNFPA on reproductive health was xx in 2014");
        assertEquals("INVOLVED", item.getString("current"));
        assertEquals("NONE", item.getString("proposed"));
        assertEquals(first, item.getJsonNumber("changedByProposal").longValue());
        assertEquals("SUBMITTED", get("sec-ana", second).getString("status"));

        JsonObject overridden = act("sec-ana", second, "approve", "{\"override\":true,\"reason\":\"confirmed by UNFPA\"}");
        assertEquals("APPROVED", overridden.getString("status"));
        assertEquals("NONE", level("UNFPA", 15));
        assertEquals(1, count("select count(*) from revision where proposal_id = " + second + " and conflict_override"));

        act("sec-ana", third, "request-changes", "{\"reason\":\"the cell changed twice since; rebase\"}");
        long itemId = thirdWithItem.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject rebased = expect(200, send("POST", "api/proposals/" + third + "/items/" + itemId + "/rebase",
                "fp-pe", null, ProposalSteps.etag("fp-pe", third)));
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

        HttpResponse<String> conflict = actAsSeen("sec-ana", basedOnTheOldNote, "approve", "{}");

        assertEquals(409, conflict.statusCode(), conflict.body());
        JsonObject item = Api.json(conflict).getJsonArray("conflicts").getJsonObject(0);
        assertEquals("STRONG", item.getString("base"));
        assertEquals("STRONG", item.getString("current"));
        assertEquals("test note", item.getString("currentNote"));
        assertEquals(noteOnly, item.getJsonNumber("changedByProposal").longValue());
    }

    @Test
    void itemsAreEditedAtTheCurrentVersionAndKeepTheirEvidenceHistory() throws SQLException {
        long proposal = create("fp-pe", "items edited");
        JsonObject added = addItem("fp-pe", proposal, cellItem("UPU", 4, "STRONG"));
        long item = added.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        String stale = ProposalSteps.etag("fp-pe", proposal);
        String revised = """
                {"kind":"CELL_LEVEL","organization":"UPU","theme":4,"level":"INVOLVED",
                 "justification":"postal remittance services",
                 "sources":[{"citation":"UPU annual review 2023"},{"url":"https://www.upu.int/remittances"}]}""";

        JsonObject replaced = expect(200, send("PUT", "api/proposals/" + proposal + "/items/" + item, "fp-pe", revised,
                stale));
        JsonObject sources = replaced.getJsonArray("items").getJsonObject(0).getJsonArray("sources").getJsonObject(0);
        assertEquals("UPU annual review 2023", sources.getString("citation"));
        assertFalse(sources.containsKey("url"), "an absent part of a source is absent, not empty");
        assertEquals(412, send("PUT", "api/proposals/" + proposal + "/items/" + item, "fp-pe", revised, stale)
                .statusCode());
        assertEquals(428, send("PUT", "api/proposals/" + proposal + "/items/" + item, "fp-pe", revised, null)
                .statusCode());
        assertEquals(412, send("DELETE", "api/proposals/" + proposal + "/items/" + item, "fp-pe", null, stale)
                .statusCode());
        assertEquals(1, get("fp-pe", proposal).getJsonArray("items").size());
        assertEquals(1, count("select count(*) from proposal_item_source_aud where item_id = " + item
                + " and revtype = 2"), "the replaced source is in the history");
        assertEquals(3, count("select count(*) from proposal_item_source_aud where item_id = " + item
                + " and revtype = 0"), "the first source and the two new ones");

        expect(200, send("DELETE", "api/proposals/" + proposal + "/items/" + item, "fp-pe", null,
                ProposalSteps.etag("fp-pe", proposal)));
        assertEquals(0, get("fp-pe", proposal).getJsonArray("items").size());
    }

    @Test
    void noOneApprovesAProposalTheyWrote() {
        KeycloakAdmin.ensureUser("fp-sec-pe", "PE", "focal-point", "secretariat");
        long proposal = create("fp-sec-pe", "written by a focal point who is also in the secretariat");
        addItem("fp-sec-pe", proposal, cellItem("UNESCO", 8, "STRONG"));
        act("fp-sec-pe", proposal, "submit", "{}");

        HttpResponse<String> refused = send("POST", "api/proposals/" + proposal + "/approve", "fp-sec-pe", "{}", null);

        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals("SUBMITTED", get("sec-ana", proposal).getString("status"));
        long edited = create("fp-pe", "edited later by the same person");
        addItem("fp-pe", edited, cellItem("UNESCO", 9, "STRONG"));
        expect(200, send("PATCH", "api/proposals/" + edited, "fp-sec-pe", "{\"title\":\"retitled\"}",
                ProposalSteps.etag("fp-pe", edited)));
        act("fp-pe", edited, "submit", "{}");
        assertEquals(403, send("POST", "api/proposals/" + edited + "/approve", "fp-sec-pe", "{}", null).statusCode());
    }

    @Test
    void editsNeedTheCurrentETag() {
        long proposal = create("fp-pe", "original title");
        String stale = ProposalSteps.etag("fp-pe", proposal);
        expect(200, send("PATCH", "api/proposals/" + proposal, "fp-pe", "{\"title\":\"first edit\"}", stale));

        HttpResponse<String> refused = send("PATCH", "api/proposals/" + proposal, "fp-pe", "{\"title\":\"second\"}", stale);
        assertEquals(412, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", Api.contentType(refused));
        assertEquals(428, send("PATCH", "api/proposals/" + proposal, "fp-pe", "{\"title\":\"x\"}", null).statusCode());
        assertEquals("first edit", get("fp-pe", proposal).getString("title"));
    }

    @Test
    void anotherCountrysProposalIsNotFound() {
        long draft = create("fp-pe", "Peru's draft");
        for (String[] call : new String[][] {{"GET", ""}, {"GET", "/comments"}, {"POST", "/submit"},
            {"POST", "/items"}}) {
            HttpResponse<String> response = send(call[0], "api/proposals/" + draft + call[1], "fp-cl",
                    call[1].equals("/items") ? cellItem("WB", 3, "STRONG") : call[0].equals("POST") ? "{}" : null, null);
            assertEquals(404, response.statusCode(), String.join(" ", call) + ": " + response.body());
            assertEquals("application/problem+json", Api.contentType(response));
        }
        assertEquals(404, send("GET", "api/proposals/" + draft, "sec-ana", null, null).statusCode(),
                "the secretariat does not see drafts");
        JsonObject listed = expect(200, send("GET", "api/proposals", "fp-cl", null, null));
        assertTrue(listed.getJsonArray("items").stream()
                .noneMatch(p -> p.asJsonObject().getJsonNumber("id").longValue() == draft));
        assertEquals(0, get("fp-pe", draft).getJsonArray("items").size());
    }

    @Test
    void badInputIsRefusedWithTheFieldsAndStoresNothing() throws SQLException {
        long proposal = create("fp-pe", "bad input");
        long itemsBefore = count("select count(*) from proposal_item");
        assertField(postItem("fp-pe", proposal, cellItem("UNHCR", 1, "SUPER")), "level");
        assertField(postItem("fp-pe", proposal, cellItem("NO-SUCH-ORG", 1, "STRONG")), "organization");
        assertField(postItem("fp-pe", proposal, cellItem("UNHCR", 99, "STRONG")), "theme");
        assertField(postItem("fp-pe", proposal, """
                {"kind":"CELL_LEVEL","organization":"UNHCR","theme":1,"level":"STRONG","sources":[],
                 "justification":"x"}"""), "sources");
        assertField(postItem("fp-pe", proposal, """
                {"kind":"ORGANIZATION_FIELD","organization":"UNHCR","field":"MANDATE","text":"%s",
                 "justification":"long"}""".formatted("m".repeat(20_001))), "text");
        assertField(postItem("fp-pe", proposal, "{\"kind\": "), "body");
        assertField(send("GET", "api/proposals?theme=abc", "fp-pe", null, null), "theme");
        assertField(send("POST", "api/proposals", "fp-pe", "{\"title\":\"" + "t".repeat(201) + "\"}", null), "title");
        assertEquals(itemsBefore, count("select count(*) from proposal_item"));
        assertEquals(400, actAsSeen("fp-pe", proposal, "submit", "{}").statusCode(),
                "a proposal without items cannot be submitted");
    }

    @Test
    void theCommentThread() {
        long proposal = create("fp-pe", "with comments");
        addItem("fp-pe", proposal, cellItem("UNITAR", 10, "STRONG"));
        act("fp-pe", proposal, "submit", "{}");
        JsonObject question = expect(201, send("POST", "api/proposals/" + proposal + "/comments", "sec-ana",
                "{\"text\":\"Which report is this?\"}", null));
        assertEquals("secretariat", question.getString("role"));
        JsonObject answer = expect(201, send("POST", "api/proposals/" + proposal + "/comments", "fp-pe",
                "{\"text\":\"The 2024 annual report.\"}", null));
        assertEquals("focal-point", answer.getString("role"));
        assertEquals("PE", answer.getString("country"));
        long answerId = answer.getJsonNumber("id").longValue();

        String written = "\"" + answer.getJsonNumber("version") + "\"";
        assertEquals(428, send("PUT", "api/proposals/" + proposal + "/comments/" + answerId, "fp-pe",
                "{\"text\":\"no version\"}", null).statusCode());
        JsonObject corrected = expect(200, send("PUT", "api/proposals/" + proposal + "/comments/" + answerId, "fp-pe",
                "{\"text\":\"The 2024 annual report, page 12.\"}", written));
        assertTrue(corrected.containsKey("editedAt"));
        assertEquals(412, send("PUT", "api/proposals/" + proposal + "/comments/" + answerId, "fp-pe",
                "{\"text\":\"from a stale page\"}", written).statusCode());
        assertEquals(403, send("PUT", "api/proposals/" + proposal + "/comments/" + answerId, "sec-ana",
                "{\"text\":\"changed by someone else\"}", null).statusCode());
        assertEquals(405, send("DELETE", "api/proposals/" + proposal + "/comments/" + answerId, "fp-pe", null, null)
                .statusCode());
        assertEquals(404, send("GET", "api/proposals/" + proposal + "/comments", "observer", null, null).statusCode());
        HttpResponse<String> thread = send("GET", "api/proposals/" + proposal + "/comments", "sec-luis", null, null);
        assertEquals(200, thread.statusCode());
        List<String> texts = Json.createReader(new StringReader(thread.body())).readArray()
                .getValuesAs(JsonObject.class).stream().map(comment -> comment.getString("text")).toList();
        assertEquals(List.of("Which report is this?", "The 2024 annual report, page 12."), texts);
    }

    @Test
    void openProposalsTouchingACellAreListed() {
        long proposal = create("fp-pe", "touches WMO 20");
        addItem("fp-pe", proposal, cellItem("WMO", 20, "STRONG"));
        JsonObject touching = expect(200, send("GET", "api/proposals?organization=WMO&theme=20&open=true", "fp-pe",
                null, null));
        assertEquals(1, touching.getJsonArray("items").size());
        assertEquals(0, expect(200, send("GET", "api/proposals?organization=WMO&theme=20&open=true", "fp-cl",
                null, null)).getJsonArray("items").size(), "another country's draft is not listed");

        JsonObject cell = expect(200, send("GET", "api/matrix/cells/WMO/20", "fp-pe", null, null));
        assertEquals(proposal, cell.getJsonArray("openProposals").getJsonObject(0).getJsonNumber("id").longValue());
        JsonObject profile = expect(200, send("GET", "api/organizations/WMO", "fp-pe", null, null));
        assertEquals(1, profile.getJsonArray("openProposals").size());
        assertEquals(0, expect(200, send("GET", "api/matrix/cells/WMO/20", "observer", null, null))
                .getJsonArray("openProposals").size(), "observers see no proposals");
        assertEquals(0, expect(200, send("GET", "api/matrix/cells/WMO/20", "sec-ana", null, null))
                .getJsonArray("openProposals").size(), "nor does the secretariat see drafts");
        act("fp-pe", proposal, "submit", "{}");
        assertEquals(1, expect(200, send("GET", "api/matrix/cells/WMO/20", "sec-ana", null, null))
                .getJsonArray("openProposals").size(), "once submitted, the secretariat sees it");
    }

    private static void awaitWaitingForTheTurn(Statement sql, int requests) throws SQLException, InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (ResultSet waiting = sql.executeQuery("select count(*) from pg_locks where locktype = 'advisory' "
                    + "and not granted")) {
                waiting.next();
                if (waiting.getLong(1) >= requests) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError(requests + " approvals never waited together");
    }

    private static void assertField(HttpResponse<String> response, String field) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", Api.contentType(response));
        assertTrue(Api.json(response).getJsonArray("fields").stream()
                .anyMatch(problem -> field.equals(problem.asJsonObject().getString("field"))), response.body());
    }
}
