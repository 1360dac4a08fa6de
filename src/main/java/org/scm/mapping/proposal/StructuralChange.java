package org.scm.mapping.proposal;

import java.util.Optional;
import org.scm.mapping.history.Revision;

/**
 * A change that adds something new to the mapping (an organization, a theme): it has no current value
 * to be written against, so it never conflicts, always alters the mapping, and is never undone by a
 * revert (nothing is ever deleted).
 */
public sealed interface StructuralChange extends Change permits NewOrganization, NewTheme {

    @Override
    default Base currentBase(CurrentMapping mapping, long revision) {
        return Base.empty(revision);
    }

    @Override
    default boolean alters(Base current) {
        return true;
    }

    @Override
    default Optional<Revision> lastChange(CurrentMapping mapping) {
        return Optional.empty();
    }

    @Override
    default Optional<Change> restoring(CurrentMapping mapping, long revision) {
        return Optional.empty();
    }
}
