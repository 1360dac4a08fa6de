package org.scm.mapping.proposal;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scm.mapping.platform.openapi.ProblemDocument;

/**
 * The problem answers of the proposal workflow as the OpenAPI document describes them: a {@code
 * Problem} that may also carry the items in conflict (approval, {@link ProposalConflictException}) or the
 * frozen edition that closed submissions ({@code edition.SubmissionsClosedException}). Never instantiated.
 */
@Schema(
        name = "ProposalProblem",
        description = "A problem of the proposal workflow: besides state and allowedActions (a transition the status "
                + "does not allow), an approval stopped by conflicts lists them, and a submission refused while an "
                + "edition is frozen names it.")
public class ProposalProblem extends ProblemDocument {

    @Schema(
            description = "Approval (409): the items written against values that have changed since; approve again "
                    + "with override true, or request changes so the country rebases them")
    public List<Conflict> conflicts;

    @Schema(description = "Submission (409): the year of the frozen edition", example = "2026")
    public Integer edition;

    @Schema(description = "Submission (409): FROZEN", example = "FROZEN")
    public String editionState;

    private ProposalProblem() {}
}
