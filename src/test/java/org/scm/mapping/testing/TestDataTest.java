package org.scm.mapping.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Claims of test data: the owner is the integration-test class on the stack; a second owner is refused. */
class TestDataTest {

    static final class FirstIT {
        static void cell(String organization, int theme) {
            TestData.cell(organization, theme);
        }

        static void organization(String code) {
            TestData.organization(code);
        }
    }

    static final class SecondIT {
        static void cell(String organization, int theme) {
            TestData.cell(organization, theme);
        }

        static void organization(String code) {
            TestData.organization(code);
        }
    }

    @Test
    void aClassMayClaimItsCellAgainButAnotherClassMayNot() {
        FirstIT.cell("CLAIM-A", 1);
        assertDoesNotThrow(() -> FirstIT.cell("CLAIM-A", 1));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SecondIT.cell("CLAIM-A", 1));
        assertTrue(
                refused.getMessage().contains("FirstIT") && refused.getMessage().contains("SecondIT"),
                refused.getMessage());
        assertDoesNotThrow(() -> SecondIT.cell("CLAIM-A", 2));
    }

    @Test
    void anOrganizationAndItsCellsHaveOneOwner() {
        FirstIT.organization("CLAIM-B");
        assertThrows(IllegalStateException.class, () -> SecondIT.cell("CLAIM-B", 3));
        SecondIT.cell("CLAIM-C", 3);
        assertThrows(IllegalStateException.class, () -> FirstIT.organization("CLAIM-C"));
    }

    @Test
    void codeOutsideIntegrationTestsClaimsNothing() {
        TestData.cell("CLAIM-D", 1);
        assertDoesNotThrow(() -> SecondIT.cell("CLAIM-D", 1));
    }
}
