package org.scm.mapping.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scm.mapping.testing.ProposalSteps.act;
import static org.scm.mapping.testing.ProposalSteps.addItem;
import static org.scm.mapping.testing.ProposalSteps.cellItem;
import static org.scm.mapping.testing.ProposalSteps.create;
import static org.scm.mapping.testing.ProposalSteps.get;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.TestData;

/** Who sees a proposal: its country's drafts stay with that country; open proposals show on their cell. */
class ProposalVisibilityIT {

    @Test
    void anotherCountrysProposalIsNotFound() {
        long draft = create("fp-pe", "Peru's draft");
        String item = cellItem("WB", 12, "STRONG");
        Api chile = Api.as("fp-cl");
        chile.get("api/proposals/" + draft).problem(404);
        chile.get("api/proposals/" + draft + "/comments").problem(404);
        chile.post("api/proposals/" + draft + "/submit", "{}").problem(404);
        chile.post("api/proposals/" + draft + "/items", item).problem(404);
        Api.as("sec-ana").get("api/proposals/" + draft).expect(404); // the secretariat does not see drafts
        JsonObject listed = chile.get("api/proposals").ok();
        assertTrue(listed.getJsonArray("items").stream()
                .noneMatch(p -> p.asJsonObject().getJsonNumber("id").longValue() == draft));
        assertEquals(0, get("fp-pe", draft).getJsonArray("items").size());
    }

    @Test
    void openProposalsTouchingACellAreListed() {
        TestData.organization("WMO");
        long proposal = create("fp-pe", "touches WMO 20");
        addItem("fp-pe", proposal, cellItem("WMO", 20, "STRONG"));
        JsonObject touching = Api.as("fp-pe")
                .get("api/proposals?organization=WMO&theme=20&open=true")
                .ok();
        assertEquals(1, touching.getJsonArray("items").size());
        assertEquals(
                0,
                Api.as("fp-cl")
                        .get("api/proposals?organization=WMO&theme=20&open=true")
                        .ok()
                        .getJsonArray("items")
                        .size(),
                "another country's draft is not listed");

        JsonObject cell = Api.as("fp-pe").get("api/matrix/cells/WMO/20").ok();
        assertEquals(
                proposal,
                cell.getJsonArray("openProposals")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue());
        JsonObject profile = Api.as("fp-pe").get("api/organizations/WMO").ok();
        assertEquals(1, profile.getJsonArray("openProposals").size());
        assertEquals(
                0,
                Api.as("observer")
                        .get("api/matrix/cells/WMO/20")
                        .ok()
                        .getJsonArray("openProposals")
                        .size(),
                "observers see no proposals");
        assertEquals(
                0,
                Api.as("sec-ana")
                        .get("api/matrix/cells/WMO/20")
                        .ok()
                        .getJsonArray("openProposals")
                        .size(),
                "nor does the secretariat see drafts");
        act("fp-pe", proposal, "submit", "{}");
        assertEquals(
                1,
                Api.as("sec-ana")
                        .get("api/matrix/cells/WMO/20")
                        .ok()
                        .getJsonArray("openProposals")
                        .size(),
                "once submitted, the secretariat sees it");
    }
}
