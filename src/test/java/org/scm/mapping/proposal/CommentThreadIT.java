package org.scm.mapping.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scm.mapping.testing.ProposalSteps.act;
import static org.scm.mapping.testing.ProposalSteps.addItem;
import static org.scm.mapping.testing.ProposalSteps.cellItem;
import static org.scm.mapping.testing.ProposalSteps.create;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scm.mapping.testing.Api;

/** The comment thread of a proposal: who may write, correct (with If-Match) and read it; nothing is deleted. */
class CommentThreadIT {

    @Test
    void theCommentThread() {
        long proposal = create("fp-pe", "with comments");
        addItem("fp-pe", proposal, cellItem("UNITAR", 10, "STRONG"));
        act("fp-pe", proposal, "submit", "{}");
        String comments = "api/proposals/" + proposal + "/comments";
        JsonObject question = Api.as("sec-ana")
                .post(comments, "{\"text\":\"Which report is this?\"}")
                .expect(201)
                .json();
        assertEquals("secretariat", question.getString("role"));
        JsonObject answer = Api.as("fp-pe")
                .post(comments, "{\"text\":\"The 2024 annual report.\"}")
                .expect(201)
                .json();
        assertEquals("focal-point", answer.getString("role"));
        assertEquals("PE", answer.getString("country"));
        String answerPath = comments + "/" + answer.getJsonNumber("id").longValue();

        Api written = Api.as("fp-pe").ifMatch("\"" + answer.getJsonNumber("version") + "\"");
        Api.as("fp-pe").put(answerPath, "{\"text\":\"no version\"}").expect(428);
        JsonObject corrected = written.put(answerPath, "{\"text\":\"The 2024 annual report, page 12.\"}")
                .ok();
        assertTrue(corrected.containsKey("editedAt"));
        written.put(answerPath, "{\"text\":\"from a stale page\"}").expect(412);
        Api.as("sec-ana")
                .put(answerPath, "{\"text\":\"changed by someone else\"}")
                .expect(403);
        Api.as("fp-pe").delete(answerPath).expect(405);
        Api.as("observer").get(comments).expect(404);
        List<String> texts = Api.as("sec-luis").get(comments).expect(200).array().getValuesAs(JsonObject.class).stream()
                .map(comment -> comment.getString("text"))
                .toList();
        assertEquals(List.of("Which report is this?", "The 2024 annual report, page 12."), texts);
    }
}
