package org.scm.mapping.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class UserDirectoryTest {

    @Test
    void aKeycloakUserGivesNameAddressLocaleAndCountry() {
        DirectoryUser user =
                UserDirectory.user(Json.createReader(new StringReader("""
                        {"username":"fp-br","firstName":"Focal Point","lastName":"Brazil","email":"fp-br@scm-mapping.test",
                         "enabled":true,"attributes":{"country":["BR"],"locale":["pt-BR"]}}""")).readObject());
        assertEquals(new DirectoryUser("fp-br", "Focal Point Brazil", "fp-br@scm-mapping.test", "pt-BR", "BR"), user);
    }

    @Test
    void aUserWithoutAttributesOrAddressHasNone() {
        DirectoryUser user = UserDirectory.user(
                Json.createReader(new StringReader("{\"username\":\"sec-x\"}")).readObject());
        assertEquals("sec-x", user.displayName());
        assertTrue(user.emailAddress().isEmpty());
        assertNull(user.locale());
        assertNull(user.country());
    }
}
