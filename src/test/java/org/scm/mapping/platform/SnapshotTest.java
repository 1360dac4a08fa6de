package org.scm.mapping.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotTest {

    private static final Snapshot MATRIX =
            Snapshot.of(MediaType.APPLICATION_JSON_TYPE, Map.of(), "{\"cells\":[]}".getBytes(StandardCharsets.UTF_8));

    @Test
    void theTagComesFromTheContent() {
        Snapshot same = Snapshot.of(MediaType.APPLICATION_JSON_TYPE, Map.of(), "{\"cells\":[]}".getBytes());
        Snapshot other = Snapshot.of(MediaType.APPLICATION_JSON_TYPE, Map.of(), "{\"cells\":[1]}".getBytes());
        assertEquals(MATRIX.tag(), same.tag());
        assertNotEquals(MATRIX.tag(), other.tag());
        assertTrue(MATRIX.tag().matches("[A-Za-z0-9_-]{27}"), MATRIX.tag());
        assertArrayEquals("{\"cells\":[]}".getBytes(), MATRIX.body());
    }

    @Test
    void ifNoneMatchNamesTheContentInEitherCodingWeaklyOrAmongOthers() {
        String tag = MATRIX.tag();
        assertTrue(MATRIX.alreadyHas("\"" + tag + "\""));
        assertTrue(MATRIX.alreadyHas("\"" + tag + "-gzip\""));
        assertTrue(MATRIX.alreadyHas("W/\"" + tag + "\""));
        assertTrue(MATRIX.alreadyHas("\"old\", \"" + tag + "\""));
        assertTrue(MATRIX.alreadyHas("*"));
        assertFalse(MATRIX.alreadyHas("\"old\""));
        assertFalse(MATRIX.alreadyHas(""));
        assertFalse(MATRIX.alreadyHas(null));
        assertFalse(MATRIX.alreadyHas("\"" + tag + "x\""));
    }

    @Test
    void gzipIsChosenWhenAcceptedWithAWeightAboveZero() {
        assertTrue(Snapshot.acceptsGzip("gzip"));
        assertTrue(Snapshot.acceptsGzip("gzip, deflate, br"));
        assertTrue(Snapshot.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
        assertTrue(Snapshot.acceptsGzip("*"));
        assertTrue(Snapshot.acceptsGzip("x-gzip"));
        assertFalse(Snapshot.acceptsGzip(null));
        assertFalse(Snapshot.acceptsGzip("identity"));
        assertFalse(Snapshot.acceptsGzip("gzip;q=0"));
        assertFalse(Snapshot.acceptsGzip("gzip;q=0.0, deflate"));
        assertFalse(Snapshot.acceptsGzip("gzip;q=nonsense"));
        assertFalse(Snapshot.acceptsGzip("deflate, br"));
    }
}
