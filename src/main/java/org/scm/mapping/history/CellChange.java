package org.scm.mapping.history;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a cell's level changed between two states: {@code added} (NONE → any), {@code removed}
 * (any → NONE), {@code strengthened} (INVOLVED → STRONG), {@code weakened} (STRONG → INVOLVED).
 * A cell that does not exist on one side (its organization or theme is not there) counts as NONE.
 *
 * @param from the level before: NONE, INVOLVED or STRONG
 * @param to the level after
 * @param proposals the proposals whose approval changed the cell between the two states
 */
public record CellChange(String organization, int theme, String from, String to, String change, List<Long> proposals) {

    public static final String NONE = "NONE";
    private static final Map<String, Integer> RANK = Map.of(NONE, 0, "INVOLVED", 1, "STRONG", 2);

    public CellChange {
        proposals = List.copyOf(proposals);
    }

    /** The kind of change from one level to another; empty when the level is the same. */
    public static Optional<String> classify(String from, String to) {
        int before = rank(from);
        int after = rank(to);
        if (before == after) {
            return Optional.empty();
        }
        if (before == 0) {
            return Optional.of("added");
        }
        if (after == 0) {
            return Optional.of("removed");
        }
        return Optional.of(after > before ? "strengthened" : "weakened");
    }

    private static int rank(String level) {
        Integer rank = RANK.get(level == null ? NONE : level);
        if (rank == null) {
            throw new IllegalArgumentException("not a level: " + level);
        }
        return rank;
    }
}
