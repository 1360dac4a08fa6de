package org.scm.mapping.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LevelTest {

    @Test
    void rendersAsTheAnnexMarks() {
        assertEquals("", Level.NONE.symbol());
        assertEquals("x", Level.INVOLVED.symbol());
        assertEquals("xx", Level.STRONG.symbol());
    }

    @Test
    void readsTheAnnexMarksBack() {
        for (Level level : Level.values()) {
            assertEquals(level, Level.fromSymbol(level.symbol()));
        }
        assertEquals(Level.NONE, Level.fromSymbol(null));
        assertEquals(Level.NONE, Level.fromSymbol("  "));
        assertEquals(Level.STRONG, Level.fromSymbol(" XX "));
    }

    @Test
    void refusesOtherMarks() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Level.fromSymbol("xxx"));
        assertEquals("not a matrix mark: 'xxx' (blank, x or xx)", refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Level.fromSymbol("y"));
    }
}
