package org.scm.mapping.exchange;

import org.scm.mapping.platform.DomainProblem;

/** An uploaded matrix that is the current mapping, mark for mark: there is nothing to propose (422). */
public class NothingToProposeException extends DomainProblem {

    public NothingToProposeException() {
        super(
                422,
                "Nothing to propose",
                "The uploaded matrix has the same marks as the current mapping, so no proposal was created.");
    }
}
