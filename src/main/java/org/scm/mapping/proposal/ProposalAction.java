package org.scm.mapping.proposal;

/**
 * What can be done to a proposal. The first five are transitions of its status; EDIT (title,
 * rationale, items) and COMMENT leave the status as it is.
 */
public enum ProposalAction {
    SUBMIT("submit"),
    WITHDRAW("withdraw"),
    REQUEST_CHANGES("request-changes"),
    APPROVE("approve"),
    REJECT("reject"),
    EDIT("edit"),
    COMMENT("comment");

    private final String pathName;

    ProposalAction(String pathName) {
        this.pathName = pathName;
    }

    /** As it appears in URLs and answers, e.g. {@code request-changes}. */
    public String pathName() {
        return pathName;
    }
}
