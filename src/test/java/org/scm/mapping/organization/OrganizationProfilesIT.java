package org.scm.mapping.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scm.mapping.testing.Annex2014;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.TestData;

/**
 * The organizations of 2014 against the reference document (sections 3 and 4) and the annex's columns.
 * Other tests add organizations and change profiles, so the 2014 state is read as edition 2014.
 */
class OrganizationProfilesIT {

    private static final Annex2014 ANNEX = Annex2014.load();
    private static final List<String> OUTSIDE_THE_ANNEX =
            List.of("GMG", "IDB", "OAS", "OECD", "PAHO", "UNEP", "WFP", "WTO");

    @Test
    void thirtyFourOrganizationsMatrixColumnsFirst() {
        JsonArray all = Api.as("fp-bo")
                .get("api/organizations?edition=2014")
                .expect(200)
                .array();
        assertEquals(34, all.size());
        List<String> labels = all.getValuesAs(JsonObject.class).stream()
                .filter(organization -> organization.containsKey("matrixLabel"))
                .map(organization -> organization.getString("matrixLabel"))
                .toList();
        assertEquals(ANNEX.labels(), labels, "the annex's columns in its order");
        assertEquals(
                OUTSIDE_THE_ANNEX, codes(all).subList(26, 34), "then the organizations outside the annex, by code");
    }

    @Test
    void filtersByMatrixMembershipAndCategory() {
        assertEquals(26, list("?inMatrix=true").size());
        assertEquals(OUTSIDE_THE_ANNEX, codes(list("?inMatrix=false")));
        assertEquals(List.of("IDB", "OAS"), codes(list("?category=NON_UN_REGIONAL")));
        assertEquals(List.of("IOM", "OECD", "WTO"), codes(list("?category=NON_UN_GLOBAL")));
        assertEquals(List.of("IOM"), codes(list("?category=NON_UN_GLOBAL&inMatrix=true")));
        assertEquals(List.of("SR-HRM"), codes(list("?category=UN_MECHANISM")));
    }

    @Test
    void profilesAreTheDocuments() {
        // values from sections 3 and 4 of the 2014 reference document
        assertProfile("UNHCR", "United Nations High Commissioner for Refugees", "UN_AGENCY", 1950, 1, "UNHCR");
        assertProfile("WIPO", "World Intellectual Property Organization", "UN_AGENCY", 1967, 15, "OMPI");
        assertProfile("IFAD", "International Fund for Agricultural Development", "UN_AGENCY", 1976, 6, "IFAD");
        assertProfile("UNDP", "United Nations Programme for Development", "UN_AGENCY", 1965, 20, "UNPD");
        assertProfile(
                "UN-RC", "United Nations Regional Commissions", "UN_DEPARTMENT_OR_COMMISSION", 1948, 3, "REG COMMISS.");
        assertProfile(
                "SR-HRM",
                "Special Rapporteur on the Human Rights of Migrants",
                "UN_MECHANISM",
                1999,
                10,
                "SPECIAL RAPP. ON H. RIGHTS");
        assertProfile("IOM", "International Organization for Migration", "NON_UN_GLOBAL", 1951, 11, "IOM");
        assertProfile("GMG", "Global Migration Group", "INTER_AGENCY_GROUP", 2005, null, null);
        assertProfile("IDB", "Inter American Development Bank", "NON_UN_REGIONAL", 1959, null, null);
        assertProfile("OAS", "Organization of American States", "NON_UN_REGIONAL", null, null, null);

        JsonObject oecd = assertProfile(
                "OECD", "Organization for the Economic Cooperation and Development", "NON_UN_GLOBAL", 1961, null, null);
        assertTrue(
                oecd.getString("mandate")
                        .startsWith("The Organization for the Economic Cooperation and "
                                + "Development (OECD), created in 1961, is an international cooperation organization"),
                oecd.toString());
        assertTrue(oecd.getString("migrationInvolvement").contains("SOPEMI"), oecd.toString());
        assertTrue(oecd.getString("notes").contains("successor of EOEC"), oecd.toString());

        JsonObject iom =
                Api.as("fp-pe").get("api/organizations/IOM?edition=2014").ok();
        assertEquals("OIM", iom.getString("acronymEs"));
        assertTrue(iom.getString("mandate").contains("created in 1951"), iom.toString());
    }

    @Test
    void organizationsAsInEdition2014() {
        TestData.organization("GMG");
        Api observer = Api.as("observer");
        assertEquals(
                34,
                observer.get("api/organizations?edition=2014")
                        .expect(200)
                        .array()
                        .size());
        assertEquals(
                codes(observer.get("api/organizations?revision=1").expect(200).array()),
                codes(observer.get("api/organizations?edition=2014").expect(200).array()));
        assertEquals(
                observer.get("api/organizations/OECD?revision=1").ok(),
                observer.get("api/organizations/OECD?edition=2014").ok());
        assertEquals(
                observer.get("api/organizations/GMG").ok(),
                observer.get("api/organizations/GMG?edition=2014").ok(),
                "a profile nobody changed reads the same now as in 2014");
    }

    /** The organizations of edition 2014 that {@code query} (starting with ?) selects. */
    private static JsonArray list(String query) {
        return Api.as("fp-bo")
                .get("api/organizations" + query + "&edition=2014")
                .expect(200)
                .array();
    }

    private static JsonObject assertProfile(
            String code, String name, String category, Integer founded, Integer position, String label) {
        JsonObject profile = Api.as("fp-pe")
                .get("api/organizations/" + code + "?edition=2014")
                .ok();
        assertEquals(code, profile.getString("code"));
        assertEquals(name, profile.getString("name"));
        assertEquals(category, profile.getString("category"));
        if (founded == null) {
            assertFalse(profile.containsKey("foundingYear"), profile.toString());
        } else {
            assertEquals(founded, profile.getInt("foundingYear"), code);
        }
        if (position == null) {
            assertFalse(profile.containsKey("matrixPosition"), profile.toString());
            assertFalse(profile.containsKey("matrixLabel"), profile.toString());
        } else {
            assertEquals(position, profile.getInt("matrixPosition"), code);
            assertEquals(label, profile.getString("matrixLabel"), code);
        }
        assertTrue(
                profile.getString("mandate", "").length() > 100
                        || profile.getString("migrationInvolvement", "").length() > 100,
                code + " has its profile text");
        return profile;
    }

    private static List<String> codes(JsonArray organizations) {
        return organizations.getValuesAs(JsonObject.class).stream()
                .map(organization -> organization.getString("code"))
                .toList();
    }
}
