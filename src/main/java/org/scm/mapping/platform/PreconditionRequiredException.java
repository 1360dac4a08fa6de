package org.scm.mapping.platform;

/** An edit sent without If-Match: 428, so that no one overwrites a change they have not seen. */
public class PreconditionRequiredException extends DomainProblem {

    public PreconditionRequiredException() {
        super(
                428,
                "Precondition Required",
                "Send the ETag of the version you edited in an If-Match header (from the last GET).");
    }
}
