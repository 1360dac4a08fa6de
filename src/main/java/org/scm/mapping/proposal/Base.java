package org.scm.mapping.proposal;

import java.util.Objects;

/**
 * The value of the target an item was written against (a cell's level and note, or a field's
 * text), and the mapping's revision then. Things that do not exist yet have an empty base.
 */
public record Base(String value, String note, long revision) {

    static Base empty(long revision) {
        return new Base(null, null, revision);
    }

    /** Same value and note, whatever the revision. */
    boolean sameValueAs(Base other) {
        return Objects.equals(value, other.value) && Objects.equals(note, other.note);
    }
}
