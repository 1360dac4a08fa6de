package org.scm.mapping.proposal;

import java.util.function.Function;
import org.scm.mapping.platform.Problems;

/**
 * The kinds of change an item may propose: whether each needs a source, and how it is read from a
 * request and from its columns.
 */
public enum ItemKind {
    /** One matrix cell's level (and note). */
    CELL_LEVEL(true, CellLevelChange::read, CellLevelChange::load),
    /** One field of an organization's profile. */
    ORGANIZATION_FIELD(false, ProfileFieldChange::read, ProfileFieldChange::load),
    /** A new organization (structural: applied only on approval). */
    NEW_ORGANIZATION(false, NewOrganization::read, NewOrganization::load),
    /** A new theme, a new row of the matrix (structural). */
    NEW_THEME(false, NewTheme::read, NewTheme::load);

    /** Reads a change of this kind from a request, noting every problem; null when it has problems. */
    @FunctionalInterface
    interface Reader {
        Change read(ItemInput input, CurrentMapping mapping, Problems problems);
    }

    private final boolean needsSource;
    private final Reader reader;
    private final Function<StoredChange, Change> loader;

    ItemKind(boolean needsSource, Reader reader, Function<StoredChange, Change> loader) {
        this.needsSource = needsSource;
        this.reader = reader;
        this.loader = loader;
    }

    /** Whether a change of this kind must cite at least one source. */
    boolean needsSource() {
        return needsSource;
    }

    Change read(ItemInput input, CurrentMapping mapping, Problems problems) {
        return reader.read(input, mapping, problems);
    }

    Change load(StoredChange stored) {
        return loader.apply(stored);
    }
}
