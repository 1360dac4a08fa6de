package org.scm.mapping.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiRequestGuardTest {

    @Test
    void percentDecodingIsStrictUtf8() {
        assertEquals(Optional.of("/api/organizations/UNHCR"), ApiRequestGuard.decoded("/api/organizations/UNHCR"));
        assertEquals(Optional.of("año é"), ApiRequestGuard.decoded("a%C3%B1o%20%c3%a9"));
        assertEquals(Optional.of("a\u0000b"), ApiRequestGuard.decoded("a%00b"));
        assertEquals(Optional.empty(), ApiRequestGuard.decoded("%C3%28"));
        assertEquals(Optional.empty(), ApiRequestGuard.decoded("%ED%A0%80"), "an encoded surrogate is not UTF-8");
        assertEquals(Optional.empty(), ApiRequestGuard.decoded("%zz"));
        assertEquals(Optional.empty(), ApiRequestGuard.decoded("abc%4"));
    }
}
