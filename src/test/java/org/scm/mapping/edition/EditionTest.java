package org.scm.mapping.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
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

    @Test
    void goesFromOpenToFrozenToPublishedAtARevision() {
        Edition edition = new Edition(2026, "Draft title");
        assertTrue(edition.acceptsSubmissions());
        edition.freeze();
        assertEquals(EditionState.FROZEN, edition.getState());
        assertTrue(!edition.acceptsSubmissions(), "no submissions while frozen");
        edition.publish(
                42, LocalDate.of(2026, 11, 28), "Migration in the International System, 2026", "Twelve changes.");
        assertEquals(EditionState.PUBLISHED, edition.getState());
        assertEquals(42L, edition.getFrozenRevision().orElseThrow());
        assertEquals(LocalDate.of(2026, 11, 28), edition.getPublishedOn().orElseThrow());
        assertEquals("Migration in the International System, 2026", edition.getTitle());
        assertEquals("Twelve changes.", edition.getNotes().orElseThrow());
        assertTrue(edition.acceptsSubmissions());
    }

    @Test
    void keepsItsTitleWhenPublishedWithoutOne() {
        Edition edition = new Edition(2026, "Opened as");
        edition.freeze();
        edition.publish(7, LocalDate.of(2026, 1, 1), null, null);
        assertEquals("Opened as", edition.getTitle());
        assertTrue(edition.getNotes().isEmpty());
    }

    @Test
    void refusesStepsItsStateDoesNotAllowNamingWhatIsAllowed() {
        Edition open = new Edition(2026, "T");
        IllegalEditionStepException early = assertThrows(
                IllegalEditionStepException.class, () -> open.publish(1, LocalDate.of(2026, 1, 1), null, null));
        assertEquals("OPEN", early.extensions().get("state"));
        assertEquals(List.of("freeze"), early.extensions().get("allowedActions"));
        assertEquals(409, early.status());

        open.freeze();
        open.publish(1, LocalDate.of(2026, 1, 1), null, null);
        IllegalEditionStepException late = assertThrows(IllegalEditionStepException.class, open::freeze);
        assertEquals("PUBLISHED", late.extensions().get("state"));
        assertEquals(List.of(), late.extensions().get("allowedActions"));
        assertThrows(IllegalEditionStepException.class, () -> open.publish(2, LocalDate.of(2026, 1, 2), null, null));
        assertEquals(1L, open.getFrozenRevision().orElseThrow(), "a published edition never changes");
    }
}
