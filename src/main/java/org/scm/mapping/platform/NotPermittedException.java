package org.scm.mapping.platform;

/** The caller may see the thing but their role does not allow the action: 403. */
public class NotPermittedException extends DomainProblem {

    public NotPermittedException(String detail) {
        super(403, "Forbidden", detail);
    }
}
