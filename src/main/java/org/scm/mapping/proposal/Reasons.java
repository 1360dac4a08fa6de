package org.scm.mapping.proposal;

import org.scm.mapping.platform.Problems;

/** The reason given for a step of the review: required to send back or reject, optional to approve. */
final class Reasons {

    static final int MAX = ProposalTransition.REASON_MAX;

    private Reasons() {}

    static String required(String reason) {
        Problems problems = new Problems();
        String checked = problems.requiredText(reason, "reason", MAX, "a reason is required");
        problems.throwIfAny();
        return checked;
    }

    static String optional(String reason) {
        Problems problems = new Problems();
        String checked = problems.text(reason, "reason", MAX);
        problems.throwIfAny();
        return checked;
    }
}
