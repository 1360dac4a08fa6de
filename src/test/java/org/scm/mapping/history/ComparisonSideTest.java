package org.scm.mapping.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.scm.mapping.platform.InvalidInputException;

class ComparisonSideTest {

    @Test
    void readsNowAYearARevisionAndAMoment() {
        assertInstanceOf(ComparisonSide.Now.class, ComparisonSide.parse("now", "to"));
        assertEquals(new ComparisonSide.EditionYear(2014), ComparisonSide.parse("2014", "from"));
        assertEquals(new ComparisonSide.RevisionNumber(12), ComparisonSide.parse("rev:12", "from"));
        ComparisonSide.At day = (ComparisonSide.At) ComparisonSide.parse("2015-01-31", "from");
        assertEquals(Instant.parse("2015-01-31T23:59:59.999Z"), day.moment().last());
    }

    @Test
    void anythingElseIsInvalidNamingTheSide() {
        for (String text : new String[] {"", "rev:", "rev:x", "yesterday", "14"}) {
            InvalidInputException invalid =
                    assertThrows(InvalidInputException.class, () -> ComparisonSide.parse(text, "to"));
            assertEquals("to", invalid.fields().get(0).field());
        }
        assertThrows(InvalidInputException.class, () -> ComparisonSide.parse(null, "from"));
    }
}
