package org.scm.mapping.matrix;

import java.util.Collection;

/** How many cells of a column, a row or the whole matrix are at each level. */
public record LevelCounts(long none, long involved, long strong) {

    public static LevelCounts of(Collection<Level> levels) {
        long none = 0;
        long involved = 0;
        long strong = 0;
        for (Level level : levels) {
            switch (level) {
                case NONE -> none++;
                case INVOLVED -> involved++;
                case STRONG -> strong++;
            }
        }
        return new LevelCounts(none, involved, strong);
    }

    public long total() {
        return none + involved + strong;
    }
}
