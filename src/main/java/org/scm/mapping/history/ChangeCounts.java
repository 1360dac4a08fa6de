package org.scm.mapping.history;

import java.util.List;

/** How many cells changed, by kind of change. */
public record ChangeCounts(int added, int removed, int strengthened, int weakened, int total) {

    public static ChangeCounts of(List<CellChange> changes) {
        return new ChangeCounts(
                count(changes, "added"),
                count(changes, "removed"),
                count(changes, "strengthened"),
                count(changes, "weakened"),
                changes.size());
    }

    private static int count(List<CellChange> changes, String kind) {
        return (int)
                changes.stream().filter(change -> change.change().equals(kind)).count();
    }
}
