package org.scm.mapping.proposal;

import org.scm.mapping.platform.DomainProblem;

/** Applying an approved proposal failed in the database; the transaction is rolled back whole. */
public class ApplyFailedException extends DomainProblem {

    public ApplyFailedException(Throwable cause) {
        super(409, "Conflict", "The proposal could not be applied and nothing was changed: " + rootMessage(cause));
        initCause(cause);
    }

    /** The database's own explanation (PostgreSQL's "Detail:" line where there is one). */
    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int detail = message.indexOf("Detail:");
        return detail >= 0
                ? message.substring(detail + "Detail:".length()).strip()
                : message.lines().findFirst().orElse("");
    }
}
