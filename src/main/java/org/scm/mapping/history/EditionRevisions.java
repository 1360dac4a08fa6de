package org.scm.mapping.history;

import java.util.Optional;

/**
 * What reading the mapping at an edition needs to know of editions, implemented by the edition
 * feature (which sits above history and may not be imported from here).
 */
public interface EditionRevisions {

    /** The edition of {@code year}, if there is one, with the revision it froze at (none while still open). */
    Optional<Frozen> find(int year);

    /** @param revision the revision the edition froze at, or null while it is open */
    record Frozen(int year, Long revision) {}
}
