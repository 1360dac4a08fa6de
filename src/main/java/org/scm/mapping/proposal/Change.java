package org.scm.mapping.proposal;

import java.util.Optional;
import org.scm.mapping.history.Revision;

/**
 * What one item of a proposal changes in the mapping. Each kind knows its target, how to read that
 * target's current value (the item's <em>base</em>), which revision last changed it, and how to apply
 * itself. A new kind is one new record, a constant in {@link ItemKind} and an entry below.
 */
public sealed interface Change permits CellLevelChange, ProfileFieldChange, StructuralChange {

    ItemKind kind();

    /** The target's value now, as the base of an item written at {@code revision}. */
    Base currentBase(CurrentMapping mapping, long revision);

    /** Whether applying the change to a target holding {@code current} would alter anything. */
    boolean alters(Base current);

    /** The revision that last changed the target's value; empty for things that do not exist yet. */
    Optional<Revision> lastChange(CurrentMapping mapping);

    void applyTo(CurrentMapping mapping);

    /**
     * The change that puts the target back as it stood at {@code revision}; empty for kinds that
     * cannot be undone by a change of their own (structural ones: nothing is ever deleted).
     */
    Optional<Change> restoring(CurrentMapping mapping, long revision);

    /** The change as the item's columns keep it. */
    StoredChange stored();

    /** The change as the API shows it. */
    ItemFields fields();

    /** The field an "it changes nothing" problem is reported against. */
    String valueField();
}
