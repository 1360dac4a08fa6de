package org.scm.mapping.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.scm.mapping.platform.InvalidInputException;

class MomentTest {

    @Test
    void aDateIsTheWholeDayInUtcAndAtMeansItsEnd() {
        Moment day = Moment.parse("2014-10-16", "at");
        assertEquals(Instant.parse("2014-10-16T00:00:00Z"), day.first());
        assertEquals(Instant.parse("2014-10-16T23:59:59.999Z"), day.last());
        assertEquals(1413417600000L, day.firstMillis(), "the seed revision's time is the day's first millisecond");
    }

    @Test
    void anInstantIsExactlyThenToTheMillisecond() {
        Moment instant = Moment.parse("2024-03-31T12:00:00.123456Z", "at");
        assertEquals(Instant.parse("2024-03-31T12:00:00.123Z"), instant.first());
        assertEquals(instant.first(), instant.last());
    }

    @Test
    void anOffsetIsHonouredAndNoZoneMeansUtc() {
        assertEquals(
                Instant.parse("2024-03-31T10:00:00Z"),
                Moment.parse("2024-03-31T12:00:00+02:00", "at").last());
        assertEquals(
                Instant.parse("2024-03-31T12:00:00Z"),
                Moment.parse("2024-03-31T12:00", "at").last());
    }

    @Test
    void anythingElseIsInvalidInputNamingTheParameter() {
        InvalidInputException invalid =
                assertThrows(InvalidInputException.class, () -> Moment.parse("yesterday", "from"));
        assertEquals("from", invalid.fields().get(0).field());
        assertThrows(InvalidInputException.class, () -> Moment.parse("2014-13-01", "at"));
        assertThrows(InvalidInputException.class, () -> Moment.parse("", "at"));
        assertThrows(InvalidInputException.class, () -> Moment.parse(null, "at"));
    }
}
