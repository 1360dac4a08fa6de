package org.scm.mapping.exchange;

import org.scm.mapping.platform.DomainProblem;

/** An edition that is not published yet has no fixed content to download (409). */
public class NotPublishedException extends DomainProblem {

    public NotPublishedException(int year, Object state) {
        super(409, "Conflict", "Edition " + year + " is " + state + ": only a published edition can be downloaded.");
    }
}
