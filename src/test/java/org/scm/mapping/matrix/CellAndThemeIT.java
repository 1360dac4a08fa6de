package org.scm.mapping.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.scm.mapping.testing.Annex2014;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.TestData;

/** One cell of the current matrix, and the themes (the annex's numbered issues). */
class CellAndThemeIT {

    private static final Annex2014 ANNEX = Annex2014.load();

    @Test
    void oneCellNamesItsOrganizationAndTheme() {
        TestData.cell("WIPO", 16);
        TestData.cell("FAO", 11);
        JsonObject cell = Api.as("fp-cl").get("api/matrix/cells/WIPO/16").ok();
        assertEquals("WIPO", cell.getString("organization"));
        assertEquals("World Intellectual Property Organization", cell.getString("organizationName"));
        assertEquals("OMPI", cell.getString("matrixLabel"));
        assertEquals(16, cell.getInt("theme"));
        assertEquals("Qualified migration", cell.getString("themeTitle"));
        assertEquals("STRONG", cell.getString("level"));
        assertEquals("xx", cell.getString("symbol"));

        JsonObject blank = Api.as("fp-cl").get("api/matrix/cells/FAO/11").ok();
        assertEquals("NONE", blank.getString("level"));
        assertEquals("", blank.getString("symbol"));
    }

    @Test
    void themesAreTheAnnexIssues() {
        JsonArray themes = Api.as("observer").get("api/themes").expect(200).array();
        assertEquals(29, themes.size());
        for (int row = 0; row < ANNEX.rows().size(); row++) {
            JsonObject theme = themes.getJsonObject(row);
            assertEquals(Integer.parseInt(ANNEX.rows().get(row).get(0)), theme.getInt("number"));
            assertEquals(ANNEX.rows().get(row).get(1), theme.getString("title"));
        }
        JsonObject hiv = Api.as("observer").get("api/themes/14").ok();
        assertEquals("HIV – ITS / migrants", hiv.getString("title"));
    }
}
