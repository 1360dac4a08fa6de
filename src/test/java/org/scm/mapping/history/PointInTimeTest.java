package org.scm.mapping.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PointInTimeTest {

    private static final Instant LIMA = Instant.parse("2014-10-16T00:00:00Z");

    @Test
    void nowReadsTheCurrentTables() {
        assertTrue(PointInTime.now().pastRevision().isEmpty());
    }

    @Test
    void anEditionReadsTheRevisionItFrozeAt() {
        PointInTime edition = PointInTime.ofEdition(2014, 1, LIMA);
        assertEquals(2014, edition.edition());
        assertEquals(1L, edition.pastRevision().orElseThrow());
        assertEquals(LIMA, edition.recordedAt());
    }

    @Test
    void anOpenEditionReadsTheCurrentTables() {
        PointInTime open = PointInTime.ofOpenEdition(2026);
        assertEquals(2026, open.edition());
        assertTrue(open.pastRevision().isEmpty());
    }

    @Test
    void aRevisionComesWithItsTime() {
        assertEquals(7L, PointInTime.ofRevision(7, LIMA).pastRevision().orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> new PointInTime(null, 7L, null));
        assertThrows(IllegalArgumentException.class, () -> new PointInTime(null, null, LIMA));
    }
}
