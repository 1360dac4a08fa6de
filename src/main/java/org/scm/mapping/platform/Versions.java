package org.scm.mapping.platform;

/** The optimistic-concurrency rule for edits: the caller names the version it saw (If-Match). */
public final class Versions {

    private Versions() {}

    /** Refuses an edit without a version (428) or against another version than {@code current} (412). */
    public static void check(Long expected, long current) {
        if (expected == null) {
            throw new PreconditionRequiredException();
        }
        if (expected != current) {
            throw new StaleVersionException(expected, current);
        }
    }
}
