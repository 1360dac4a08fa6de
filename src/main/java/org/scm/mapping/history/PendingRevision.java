package org.scm.mapping.history;

import jakarta.enterprise.context.RequestScoped;
import java.util.Objects;

/**
 * What the revision written by the current request will say: the action and the reason. A service
 * that changes audited data states them before it writes; the revision listener reads them.
 */
@RequestScoped
public class PendingRevision {

    static final String DEFAULT_ACTION = "change";

    private String action = DEFAULT_ACTION;
    private String reason;

    public void describe(String action, String reason) {
        if (reason != null && reason.length() > Revision.REASON_MAX) {
            throw new IllegalArgumentException("reason longer than " + Revision.REASON_MAX + " characters");
        }
        this.action = Objects.requireNonNull(action, "action");
        this.reason = reason;
    }

    String action() {
        return action;
    }

    String reason() {
        return reason;
    }
}
