package org.scm.mapping.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ChainLinkTest {

    @Test
    void isSha256OfThePreviousHashALineFeedAndTheCanonicalFormInHex() {
        // sha256("\nabc") by another implementation (Python's hashlib), as PostgreSQL computes
        // encode(sha256(convert_to('' || E'\n' || 'abc', 'UTF8')), 'hex')
        assertEquals(
                "f39d39bfc99287b848780d4110eb663f0e7c344ae41f46a390c4135b89dc2756",
                ChainLink.hash(ChainLink.GENESIS, "abc"));
    }

    @Test
    void dependsOnEveryPreviousLinkAndEveryCharacter() {
        String first = ChainLink.hash(ChainLink.GENESIS, "revision {\"id\": 1}");
        String second = ChainLink.hash(first, "revision {\"id\": 2}");
        assertNotEquals(
                second,
                ChainLink.hash(ChainLink.hash(ChainLink.GENESIS, "revision {\"id\": 1 }"), "revision {\"id\": 2}"));
        assertNotEquals(second, ChainLink.hash(first, "revision {\"id\": 3}"));
        assertEquals(second, ChainLink.hash(first, "revision {\"id\": 2}"));
    }

    @Test
    void hashesTheTextAsUtf8() {
        assertEquals("29dbc422d9943e7a745e7da80ec8368fa7fd2573385b5a45536134f7fb6d4be7", ChainLink.hash("", "Perú"));
        assertNotEquals(ChainLink.hash("", "Peru"), ChainLink.hash("", "Perú"));
    }
}
