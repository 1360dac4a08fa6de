package org.scm.mapping.platform;

/** The If-Match of an edit names a version that is no longer current: 412, nothing changed. */
public class StaleVersionException extends DomainProblem {

    public StaleVersionException(long expected, long current) {
        super(
                412,
                "Precondition Failed",
                "The resource changed since version " + expected + " (now " + current
                        + "); reload it and apply your edit again.");
    }
}
