package org.scm.mapping.history;

import jakarta.enterprise.context.RequestScoped;
import java.util.Objects;
import java.util.Optional;

/**
 * What the revision written by the current request will say: the action (named by the operation's
 * {@link RecordedAs}), the reason, and the proposal it applies, if any; the revision listener reads them.
 */
@RequestScoped
public class PendingRevision {

    private String action;
    private String reason;
    private AppliedProposal appliedProposal;

    /** The proposal a revision applies: which, for which country, and whether a conflict was overridden. */
    record AppliedProposal(long id, String country, boolean conflictOverride) {}

    void record(String action) {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("@RecordedAs needs an action");
        }
        this.action = action;
    }

    /** Why the change is made (e.g. the reviewer's reason), recorded with the revision. */
    public void because(String reason) {
        if (reason != null && reason.length() > Revision.REASON_MAX) {
            throw new IllegalArgumentException("reason longer than " + Revision.REASON_MAX + " characters");
        }
        this.reason = reason;
    }

    /** The revision will apply this approved proposal. */
    public void applying(long proposalId, String country, boolean conflictOverride) {
        this.appliedProposal =
                new AppliedProposal(proposalId, Objects.requireNonNull(country, "country"), conflictOverride);
    }

    Optional<AppliedProposal> appliedProposal() {
        return Optional.ofNullable(appliedProposal);
    }

    /** The action of the revision being written; refused when the operation did not name one. */
    String action() {
        if (action == null) {
            throw new IllegalStateException("audited data changed by an operation without @RecordedAs");
        }
        return action;
    }

    String reason() {
        return reason;
    }
}
