package org.scm.mapping.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationTest {

    @Test
    void needsCodeNameAndCategory() {
        assertThrows(NullPointerException.class, () -> new Organization(null, "World Bank", Category.UN_AGENCY));
        assertThrows(IllegalArgumentException.class, () -> new Organization(" ", "World Bank", Category.UN_AGENCY));
        assertThrows(IllegalArgumentException.class, () -> new Organization("X".repeat(41), "X", Category.UN_AGENCY));
        assertThrows(NullPointerException.class, () -> new Organization("WB", null, Category.UN_AGENCY));
        assertThrows(NullPointerException.class, () -> new Organization("WB", "World Bank", null));
    }

    @Test
    void isEqualByCode() {
        Organization bank = new Organization("WB", "World Bank", Category.UN_AGENCY);
        assertEquals(bank, new Organization("WB", "The World Bank", Category.NON_UN_GLOBAL));
        assertEquals(bank.hashCode(), new Organization("WB", "The World Bank", Category.NON_UN_GLOBAL).hashCode());
        assertNotEquals(bank, new Organization("IDB", "World Bank", Category.UN_AGENCY));
    }

    @Test
    void aMatrixColumnHasAPositionAndALabel() {
        Organization wipo = new Organization("WIPO", "World Intellectual Property Organization", Category.UN_AGENCY);
        assertFalse(wipo.isInMatrix());
        assertTrue(wipo.getMatrixLabel().isEmpty());

        wipo.placeInMatrix(15, "OMPI");

        assertTrue(wipo.isInMatrix());
        assertEquals(15, wipo.getMatrixPosition());
        assertEquals("OMPI", wipo.getMatrixLabel().orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> wipo.placeInMatrix(0, "OMPI"));
        assertThrows(IllegalArgumentException.class, () -> wipo.placeInMatrix(3, ""));
    }

    @Test
    void matrixOrderIsColumnsByPositionThenOthersByCode() {
        Organization oecd = new Organization("OECD", "OECD", Category.NON_UN_GLOBAL);
        Organization idb = new Organization("IDB", "IDB", Category.NON_UN_REGIONAL);
        Organization wb = inMatrix(new Organization("WB", "World Bank", Category.UN_AGENCY), 2);
        Organization unhcr = inMatrix(new Organization("UNHCR", "UNHCR", Category.UN_AGENCY), 1);

        assertEquals(
                List.of(unhcr, wb, idb, oecd),
                List.of(oecd, wb, idb, unhcr).stream()
                        .sorted(Organization.MATRIX_ORDER)
                        .toList());
    }

    @Test
    void filtersByCategoryAndMatrixMembership() {
        Organization oecd = new Organization("OECD", "OECD", Category.NON_UN_GLOBAL);
        Organization iom = inMatrix(new Organization("IOM", "IOM", Category.NON_UN_GLOBAL), 11);
        Organization unhcr = inMatrix(new Organization("UNHCR", "UNHCR", Category.UN_AGENCY), 1);
        List<Organization> all = List.of(oecd, iom, unhcr);

        assertEquals(all, all.stream().filter(OrganizationFilter.ALL).toList());
        assertEquals(
                List.of(oecd, iom),
                all.stream()
                        .filter(new OrganizationFilter(Category.NON_UN_GLOBAL, null))
                        .toList());
        assertEquals(
                List.of(iom, unhcr),
                all.stream().filter(new OrganizationFilter(null, true)).toList());
        assertEquals(
                List.of(oecd),
                all.stream().filter(new OrganizationFilter(null, false)).toList());
        assertEquals(
                List.of(iom),
                all.stream()
                        .filter(new OrganizationFilter(Category.NON_UN_GLOBAL, true))
                        .toList());
    }

    private static Organization inMatrix(Organization organization, int position) {
        organization.placeInMatrix(position, organization.getCode());
        return organization;
    }
}
