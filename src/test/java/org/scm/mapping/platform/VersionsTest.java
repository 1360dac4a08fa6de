package org.scm.mapping.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** If-Match as the API reads it, and what an edit needs. */
class VersionsTest {

    @Test
    void ifMatchNamesAVersion() {
        assertEquals(7L, ETags.version("\"7\""));
        assertEquals(7L, ETags.version("W/\"7\""));
        assertEquals(7L, ETags.version(" 7 "));
        assertNull(ETags.version(null));
        assertNull(ETags.version(" "));
        assertEquals(ETags.UNKNOWN_VERSION, ETags.version("\"abc\""), "a tag not ours is never current");
    }

    @Test
    void anEditNeedsTheCurrentVersion() {
        Versions.check(3L, 3);
        assertEquals(
                428,
                assertThrows(PreconditionRequiredException.class, () -> Versions.check(null, 3))
                        .status());
        assertEquals(
                412,
                assertThrows(StaleVersionException.class, () -> Versions.check(2L, 3))
                        .status());
        assertEquals(
                412,
                assertThrows(StaleVersionException.class, () -> Versions.check(ETags.version("\"abc\""), 3))
                        .status());
    }
}
