package org.scm.mapping.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** An If-Match header is read back to the entity version it names (ETags are built by JAX-RS, not tested here). */
class ETagsTest {

    @Test
    void ifMatchNamesAVersionQuotedOrWeakOrBare() {
        assertEquals(7L, ETags.version("\"7\""));
        assertEquals(7L, ETags.version("W/\"7\""));
        assertEquals(12L, ETags.version(" \"12\" "));
        assertEquals(3L, ETags.version("3"));
    }

    @Test
    void noHeaderIsNoVersion() {
        assertNull(ETags.version(null));
        assertNull(ETags.version(""));
        assertNull(ETags.version("   "));
    }

    @Test
    void aTagThatIsNotOursIsNeverCurrent() {
        assertEquals(ETags.UNKNOWN_VERSION, ETags.version("\"abc\""));
        assertEquals(ETags.UNKNOWN_VERSION, ETags.version("*"));
        assertEquals(ETags.UNKNOWN_VERSION, ETags.version("\"1\", \"2\""));
    }
}
