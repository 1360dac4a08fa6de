package org.scm.mapping.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EditionTest {

    @Test
    void aNewEditionIsOpenAndNotFrozen() {
        Edition edition = new Edition(2026, "Migration in the International System, 2026 update");
        assertEquals(EditionState.OPEN, edition.getState());
        assertTrue(edition.getFrozenRevision().isEmpty());
        assertTrue(edition.getPublishedOn().isEmpty());
    }

    @Test
    void needsAYearAndATitle() {
        assertThrows(IllegalArgumentException.class, () -> new Edition(0, "Title"));
        assertThrows(NullPointerException.class, () -> new Edition(2026, null));
        assertThrows(IllegalArgumentException.class, () -> new Edition(2026, " "));
    }

    @Test
    void isEqualByYear() {
        assertEquals(new Edition(2014, "A"), new Edition(2014, "B"));
        assertNotEquals(new Edition(2014, "A"), new Edition(2026, "A"));
    }
}
