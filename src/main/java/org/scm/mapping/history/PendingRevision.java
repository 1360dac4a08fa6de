package org.scm.mapping.history;

import jakarta.enterprise.context.RequestScoped;
import java.util.Objects;
import java.util.Optional;

/**
 * What the revision written by the current request will say: the action and the reason. A service
 * that changes audited data states them before it writes; the revision listener reads them.
 */
@RequestScoped
public class PendingRevision {

    static final String DEFAULT_ACTION = "change";

    private String action = DEFAULT_ACTION;
    private String reason;
    private AppliedProposal appliedProposal;

    /** The proposal a revision applies: which, for which country, and whether a conflict was overridden. */
    record AppliedProposal(long id, String country, boolean conflictOverride) {
    }

    public void describe(String action, String reason) {
        if (reason != null && reason.length() > Revision.REASON_MAX) {
            throw new IllegalArgumentException("reason longer than " + Revision.REASON_MAX + " characters");
        }
        this.action = Objects.requireNonNull(action, "action");
        this.reason = reason;
    }

    /** The revision will apply this approved proposal. */
    public void applying(long proposalId, String country, boolean conflictOverride) {
        this.appliedProposal = new AppliedProposal(proposalId, Objects.requireNonNull(country, "country"),
                conflictOverride);
    }

    Optional<AppliedProposal> appliedProposal() {
        return Optional.ofNullable(appliedProposal);
    }

    String action() {
        return action;
    }

    String reason() {
        return reason;
    }
}
