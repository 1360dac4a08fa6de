package org.scm.mapping.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scm.mapping.testing.Annex2014;
import org.scm.mapping.testing.Api;

/**
 * The seeded matrix of edition 2014 against the verified copy of the annex ({@code annex-2014.csv}):
 * cell by cell, the counts, and the CSV export. Other tests change the current matrix, so the seed is
 * read as edition 2014 (or revision 1), which no later change can alter.
 */
class AnnexMatrixIT {

    private static final Annex2014 ANNEX = Annex2014.load();

    @Test
    void seededMatrixEqualsTheAnnexCellByCell() {
        ANNEX.assertIsTheMatrix(Api.as("fp-pe").get("api/matrix?edition=2014").ok());
    }

    @Test
    void countsPerLevelOrganizationAndTheme() {
        JsonObject matrix = Api.as("observer").get("api/matrix?edition=2014").ok();

        JsonObject totals = matrix.getJsonObject("totals");
        assertEquals(468, totals.getInt("none"));
        assertEquals(145, totals.getInt("involved"));
        assertEquals(141, totals.getInt("strong"));

        List<JsonObject> columns = matrix.getJsonArray("columns").getValuesAs(JsonObject.class);
        for (int column = 0; column < columns.size(); column++) {
            int index = column;
            JsonObject counts = columns.get(column).getJsonObject("counts");
            List<String> marks =
                    ANNEX.rows().stream().map(row -> Annex2014.mark(row, index)).toList();
            assertEquals(
                    count(marks, "x"),
                    counts.getInt("involved"),
                    columns.get(column).toString());
            assertEquals(
                    count(marks, "xx"),
                    counts.getInt("strong"),
                    columns.get(column).toString());
            assertEquals(
                    count(marks, ""), counts.getInt("none"), columns.get(column).toString());
        }
        List<JsonObject> themes = matrix.getJsonArray("themes").getValuesAs(JsonObject.class);
        for (int row = 0; row < themes.size(); row++) {
            List<String> marks =
                    ANNEX.rows().get(row).subList(2, ANNEX.rows().get(row).size());
            JsonObject counts = themes.get(row).getJsonObject("counts");
            assertEquals(
                    count(marks, "x"),
                    counts.getInt("involved"),
                    themes.get(row).toString());
            assertEquals(
                    count(marks, "xx"), counts.getInt("strong"), themes.get(row).toString());
        }
        // two spot checks read off the printed annex: IOM's column and the row of theme 2
        JsonObject iom = columns.get(10);
        assertEquals("IOM", iom.getString("organization"));
        assertEquals(4, iom.getJsonObject("counts").getInt("involved"));
        assertEquals(19, iom.getJsonObject("counts").getInt("strong"));
        assertEquals(5, themes.get(1).getJsonObject("counts").getInt("involved"));
        assertEquals(16, themes.get(1).getJsonObject("counts").getInt("strong"));
    }

    @Test
    void edition2014AndRevision1AreTheAnnex() {
        JsonObject edition = Api.as("sec-ana").get("api/matrix?edition=2014").ok();
        assertEquals(2014, edition.getInt("edition"));
        assertEquals(1, edition.getInt("revision"));
        assertEquals("2014-10-16T00:00:00Z", edition.getString("recordedAt"));
        ANNEX.assertIsTheMatrix(edition);

        JsonObject revision = Api.as("sec-ana").get("api/matrix?revision=1").ok();
        assertFalse(revision.containsKey("edition"));
        assertEquals(1, revision.getInt("revision"));
        ANNEX.assertIsTheMatrix(revision);
    }

    @Test
    void csvExportOfEdition2014IsTheAnnex() {
        Api.Response csv = Api.as("observer")
                .accept("text/csv")
                .get("api/matrix?edition=2014")
                .expect(200);
        assertEquals("text/csv", csv.contentType());
        assertTrue(csv.header("Content-Type").orElseThrow().toLowerCase().contains("charset=utf-8"));
        assertEquals(
                "attachment; filename=\"scm-mapping-2014.csv\"",
                csv.header("Content-Disposition").orElse(""));
        assertTrue(csv.body().endsWith("\r\n"), "CRLF line ends");
        assertFalse(csv.body().replace("\r\n", "").contains("\n"), "no bare LF");

        assertEquals(ANNEX.text(), csv.body().replace("\r\n", "\n"));
    }

    @Test
    void csvExportOfRevision1IsTheAnnexToo() {
        Api.Response csv =
                Api.as("fp-ar").accept("text/csv").get("api/matrix?revision=1").expect(200);
        assertEquals(
                "attachment; filename=\"scm-mapping-revision-1.csv\"",
                csv.header("Content-Disposition").orElse(""));
        assertEquals(ANNEX.text(), csv.body().replace("\r\n", "\n"));
    }

    @Test
    void csvExportOfTheCurrentMatrixHasTheAnnexLayout() {
        Api.Response csv = Api.as("fp-ar").accept("text/csv").get("api/matrix").expect(200);
        assertEquals(
                "attachment; filename=\"scm-mapping-current.csv\"",
                csv.header("Content-Disposition").orElse(""));
        List<String> lines = List.of(csv.body().split("\r\n"));
        List<String> annex = List.of(ANNEX.text().split("\n"));
        assertEquals(annex.get(0), lines.get(0), "the annex's header");
        assertEquals(annex.size(), lines.size(), "one line per theme");
    }

    @Test
    void aClientThatAcceptsAnythingGetsJson() {
        assertEquals(
                "application/json",
                Api.as("fp-pe").accept("*/*").get("api/matrix").expect(200).contentType());
    }

    private static long count(List<String> marks, String mark) {
        return marks.stream().filter(mark::equals).count();
    }
}
