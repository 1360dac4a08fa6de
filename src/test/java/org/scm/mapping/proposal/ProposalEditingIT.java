package org.scm.mapping.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.scm.mapping.testing.Db.count;
import static org.scm.mapping.testing.ProposalSteps.actAsSeen;
import static org.scm.mapping.testing.ProposalSteps.addItem;
import static org.scm.mapping.testing.ProposalSteps.cellItem;
import static org.scm.mapping.testing.ProposalSteps.create;
import static org.scm.mapping.testing.ProposalSteps.etag;
import static org.scm.mapping.testing.ProposalSteps.get;
import static org.scm.mapping.testing.ProposalSteps.postItem;

import jakarta.json.JsonObject;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.scm.mapping.testing.Api;

/** Editing a draft: If-Match on the proposal and its items, the evidence history, and refused input. */
class ProposalEditingIT {

    @Test
    void itemsAreEditedAtTheCurrentVersionAndKeepTheirEvidenceHistory() throws SQLException {
        long proposal = create("fp-pe", "items edited");
        JsonObject added = addItem("fp-pe", proposal, cellItem("UPU", 4, "STRONG")); // x in 2014
        long item =
                added.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        String itemPath = "api/proposals/" + proposal + "/items/" + item;
        Api stale = Api.as("fp-pe").ifMatch(etag("fp-pe", proposal));
        String revised = """
                {"kind":"CELL_LEVEL","organization":"UPU","theme":4,"level":"NONE",
                 "justification":"postal remittance services",
                 "sources":[{"citation":"UPU annual review 2023"},{"url":"https://www.upu.int/remittances"}]}""";

        JsonObject replaced = stale.put(itemPath, revised).ok();
        JsonObject sources = replaced.getJsonArray("items")
                .getJsonObject(0)
                .getJsonArray("sources")
                .getJsonObject(0);
        assertEquals("UPU annual review 2023", sources.getString("citation"));
        assertFalse(sources.containsKey("url"), "an absent part of a source is absent, not empty");
        stale.put(itemPath, revised).expect(412);
        Api.as("fp-pe").put(itemPath, revised).expect(428);
        stale.delete(itemPath).expect(412);
        assertEquals(1, get("fp-pe", proposal).getJsonArray("items").size());
        assertEquals(
                1,
                count("select count(*) from proposal_item_source_aud where item_id = ? and revtype = 2", item),
                "the replaced source is in the history");
        assertEquals(
                3,
                count("select count(*) from proposal_item_source_aud where item_id = ? and revtype = 0", item),
                "the first source and the two new ones");

        Api.as("fp-pe").ifMatch(etag("fp-pe", proposal)).delete(itemPath).expect(200);
        assertEquals(0, get("fp-pe", proposal).getJsonArray("items").size());
    }

    @Test
    void editsNeedTheCurrentETag() {
        long proposal = create("fp-pe", "original title");
        Api stale = Api.as("fp-pe").ifMatch(etag("fp-pe", proposal));
        stale.patch("api/proposals/" + proposal, "{\"title\":\"first edit\"}").expect(200);

        stale.patch("api/proposals/" + proposal, "{\"title\":\"second\"}").problem(412);
        Api.as("fp-pe").patch("api/proposals/" + proposal, "{\"title\":\"x\"}").expect(428);
        assertEquals("first edit", get("fp-pe", proposal).getString("title"));
    }

    @Test
    void badInputIsRefusedWithTheFieldsAndStoresNothing() throws SQLException {
        long proposal = create("fp-pe", "bad input");
        long itemsBefore = count("select count(*) from proposal_item where proposal_id = ?", proposal);
        postItem("fp-pe", proposal, cellItem("UNHCR", 1, "SUPER")).fieldProblem("level");
        postItem("fp-pe", proposal, cellItem("NO-SUCH-ORG", 1, "STRONG")).fieldProblem("organization");
        postItem("fp-pe", proposal, cellItem("UNHCR", 99, "STRONG")).fieldProblem("theme");
        postItem("fp-pe", proposal, """
                {"kind":"CELL_LEVEL","organization":"UNHCR","theme":1,"level":"STRONG","sources":[],
                 "justification":"x"}""").fieldProblem("sources");
        postItem("fp-pe", proposal, """
                {"kind":"ORGANIZATION_FIELD","organization":"UNHCR","field":"MANDATE","text":"%s",
                 "justification":"long"}""".formatted("m".repeat(20_001))).fieldProblem("text");
        postItem("fp-pe", proposal, "{\"kind\": ").fieldProblem("body");
        Api.as("fp-pe").get("api/proposals?theme=abc").fieldProblem("theme");
        Api.as("fp-pe")
                .post("api/proposals", "{\"title\":\"" + "t".repeat(201) + "\"}")
                .fieldProblem("title");
        assertEquals(itemsBefore, count("select count(*) from proposal_item where proposal_id = ?", proposal));
        assertEquals(
                400,
                actAsSeen("fp-pe", proposal, "submit", "{}").status(),
                "a proposal without items cannot be submitted");
    }
}
