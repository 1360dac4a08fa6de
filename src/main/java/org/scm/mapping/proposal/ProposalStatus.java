package org.scm.mapping.proposal;

/** Where a proposal stands in the review workflow (DESIGN.md, "Workflow"). */
public enum ProposalStatus {
    DRAFT,
    SUBMITTED,
    CHANGES_REQUESTED,
    APPROVED,
    PARTIALLY_APPROVED,
    REJECTED,
    WITHDRAWN
}
