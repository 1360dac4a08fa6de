package org.scm.mapping.proposal;

import org.scm.mapping.platform.DomainProblem;

/** Applying an approved proposal failed in the database; the transaction is rolled back whole. */
public class ApplyFailedException extends DomainProblem {

    public ApplyFailedException(String detail, Throwable cause) {
        super(409, "Conflict", "The proposal could not be applied and nothing was changed: " + detail);
        initCause(cause);
    }
}
