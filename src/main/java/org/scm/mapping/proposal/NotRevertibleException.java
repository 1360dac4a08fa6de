package org.scm.mapping.proposal;

import org.scm.mapping.platform.DomainProblem;

/** A revert that cannot be made: the proposal applied nothing, or nothing it set can be put back. */
public class NotRevertibleException extends DomainProblem {

    public NotRevertibleException(String detail) {
        super(409, "Conflict", detail);
    }
}
