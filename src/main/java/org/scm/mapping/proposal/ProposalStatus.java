package org.scm.mapping.proposal;

/** Where a proposal stands in the review workflow (DESIGN.md, "Workflow"). */
public enum ProposalStatus {
    DRAFT,
    SUBMITTED,
    CHANGES_REQUESTED,
    APPROVED,
    PARTIALLY_APPROVED,
    REJECTED,
    WITHDRAWN;

    /** Its country may still change its title, rationale and items. */
    public boolean isEditable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    /** No action leads out of it. */
    public boolean isFinal() {
        return this == APPROVED || this == PARTIALLY_APPROVED || this == REJECTED || this == WITHDRAWN;
    }
}
