package org.scm.mapping.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.scm.mapping.testing.Annex2014;
import org.scm.mapping.testing.Api;
import org.scm.mapping.testing.Db;
import org.scm.mapping.testing.ProposalSteps;
import org.scm.mapping.testing.TestData;

/**
 * Files in and out: the matrix and comparisons as XLSX and CSV by a plain link, a filled matrix uploaded
 * as a draft proposal (the IMO cells of themes 6 to 8 are the ones it proposes to change; nothing is
 * applied), bad and oversized files, and the downloads of the published edition 2014.
 */
@Isolated("it counts every revision and proposal, and uploads a matrix it downloaded before")
class ExchangeIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Annex2014 ANNEX = Annex2014.load();
    private static final String FOCAL_POINT = "fp-sr";
    private static final String ORG = "IMO";
    private static final List<Integer> THEMES = List.of(6, 7, 8);

    @Test
    void theWorkbookOfEdition2014ReadsBackAsTheAnnex() throws IOException {
        HttpResponse<byte[]> download = Api.as("observer").download("api/matrix?edition=2014&format=xlsx");
        assertEquals(200, download.statusCode());
        assertEquals(XLSX, download.headers().firstValue("Content-Type").orElse(""));
        assertEquals(
                "attachment; filename=\"scm-mapping-2014.xlsx\"",
                download.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(annexRows(), grid(download.body(), ANNEX.labels().size()));

        HttpResponse<byte[]> byAccept = Api.as("fp-pe").accept(XLSX).download("api/matrix?revision=1");
        assertEquals(200, byAccept.statusCode());
        assertEquals(
                "attachment; filename=\"scm-mapping-revision-1.xlsx\"",
                byAccept.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(annexRows(), grid(byAccept.body(), ANNEX.labels().size()));
    }

    @Test
    void aPlainLinkDownloadsTheCurrentMatrixAsCsvAndEdition2014AsTheAnnex() {
        Api.Response current = Api.as("observer").get("api/matrix?format=csv").expect(200);
        assertEquals("text/csv", current.contentType());
        assertEquals(
                "attachment; filename=\"scm-mapping-current.csv\"",
                current.header("Content-Disposition").orElse(""));
        Api.Response edition =
                Api.as("observer").get("api/matrix?edition=2014&format=csv").expect(200);
        assertEquals(ANNEX.text(), edition.body().replace("\r\n", "\n"));
    }

    @Test
    void aComparisonDownloadsAsAWorkbookListingEveryChange() throws IOException {
        int changes = Api.as("observer")
                .get("api/compare?from=2014&to=now")
                .ok()
                .getJsonArray("cells")
                .size();
        HttpResponse<byte[]> download = Api.as("observer").download("api/compare?from=2014&to=now&format=xlsx");
        assertEquals(200, download.statusCode());
        assertEquals(
                "attachment; filename=\"scm-mapping-compare-2014-current.xlsx\"",
                download.headers().firstValue("Content-Disposition").orElse(""));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            assertEquals("Comparison", book.getSheetAt(0).getSheetName());
            assertEquals(changes, book.getSheet("Changes").getLastRowNum());
        }
    }

    @Test
    void anEditedExportBecomesADraftOfTheCountryWithOneItemPerChangedCell() throws IOException, SQLException {
        THEMES.forEach(theme -> TestData.cell(ORG, theme));
        HttpResponse<byte[]> export = Api.as(FOCAL_POINT).download("api/matrix?format=xlsx");
        assertEquals(200, export.statusCode());
        Map<Integer, String> proposed = new TreeMap<>();
        byte[] edited;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = book.getSheetAt(0);
            int column = columnOf(sheet.getRow(0), ORG);
            for (Row row : sheet) {
                Cell number = row.getCell(0);
                if (number != null
                        && number.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        && THEMES.contains((int) number.getNumericCellValue())) {
                    Cell mark = row.getCell(column);
                    String next = next(mark.getStringCellValue());
                    mark.setCellValue(next);
                    proposed.put((int) number.getNumericCellValue(), next);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            edited = out.toByteArray();
        }
        long revisions = Db.revisions();

        Api.Response created = Api.as(FOCAL_POINT).upload("api/proposals/import?title=From%20Excel", XLSX, edited);
        created.expect(201);
        JsonObject draft = created.json();
        assertEquals(revisions + 1, Db.revisions(), "one revision: the draft");
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("SR", draft.getString("country"));
        assertEquals("From Excel", draft.getString("title"));
        assertTrue(created.header("Location").orElse("").endsWith("/api/proposals/" + draft.getInt("id")));
        Map<Integer, String> items = new TreeMap<>();
        for (JsonObject item : draft.getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertEquals("CELL_LEVEL", item.getString("kind"));
            assertEquals(ORG, item.getString("organization"));
            assertEquals(0, item.getJsonArray("sources").size());
            items.put(item.getInt("theme"), symbol(item.getString("level")));
        }
        assertEquals(proposed, items);

        Api.Response submit = ProposalSteps.actAsSeen(FOCAL_POINT, draft.getInt("id"), "submit", null);
        submit.fieldProblem("items[0].sources");
        assertEquals("DRAFT", ProposalSteps.get(FOCAL_POINT, draft.getInt("id")).getString("status"));
        ProposalSteps.act(FOCAL_POINT, draft.getInt("id"), "withdraw", null);
    }

    @Test
    void aCsvUploadWithOneSourceForAllCanBeSubmittedAtOnce() {
        TestData.cell(ORG, 9);
        String csv =
                Api.as(FOCAL_POINT).get("api/matrix?format=csv").expect(200).body();
        List<String> lines = new ArrayList<>(Arrays.asList(csv.split("\r\n")));
        int column = Arrays.asList(lines.get(0).split(",", -1)).indexOf(ORG);
        int row = 9;
        List<String> fields = new ArrayList<>(Arrays.asList(lines.get(row).split(",", -1)));
        assertEquals("9", fields.get(0), "theme 9's row has no quoted comma before IMO");
        fields.set(column, next(fields.get(column)));
        lines.set(row, String.join(",", fields));

        JsonObject draft = Api.as(FOCAL_POINT)
                .upload(
                        "api/proposals/import?sourceCitation=Annual%20report%202025&sourceUrl=https://example.org/r",
                        "text/csv", String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8))
                .expect(201)
                .json();
        assertEquals(1, draft.getJsonArray("items").size());
        JsonObject item = draft.getJsonArray("items").getJsonObject(0);
        assertEquals(9, item.getInt("theme"));
        assertEquals(
                "Annual report 2025",
                item.getJsonArray("sources").getJsonObject(0).getString("citation"));
        assertEquals(MatrixImport.DEFAULT_TITLE, draft.getString("title"));
        assertEquals(MatrixImport.DEFAULT_JUSTIFICATION, item.getString("justification"));
        assertEquals(
                "SUBMITTED",
                ProposalSteps.act(FOCAL_POINT, draft.getInt("id"), "submit", null)
                        .getString("status"));
        ProposalSteps.act(FOCAL_POINT, draft.getInt("id"), "withdraw", null);
    }

    @Test
    void aBadFileGetsEveryProblemByCellAndNothingIsStored() throws SQLException {
        String csv =
                Api.as(FOCAL_POINT).get("api/matrix?format=csv").expect(200).body();
        String bad = csv.replaceFirst("^issue_no,", "number,")
                .replaceFirst(",IMO,", ",INTERPOL,")
                .replaceFirst("\r\n4,", "\r\n44,")
                .replaceFirst("\r\n(5,[^,]*,)[^,]*,", "\r\n$1maybe,");
        long revisions = Db.revisions();
        long proposals = Db.count("select count(*) from proposal");

        JsonObject problem = Api.as(FOCAL_POINT)
                .upload("api/proposals/import", "text/csv", bad.getBytes(StandardCharsets.UTF_8))
                .problem(400);

        Map<String, String> fields = problem.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(
                        field -> field.getString("field"),
                        field -> field.getString("message"),
                        (a, b) -> a + " | " + b));
        assertEquals("the header must start with issue_no (was 'number')", fields.get("A1"));
        assertTrue(fields.get("O1").startsWith("unknown organization 'INTERPOL'"), fields.toString());
        assertEquals("columns missing from the header (row 1): IMO", fields.get("1"));
        assertEquals("unknown theme 44 (row 5, column A)", fields.get("A5"));
        assertTrue(fields.get("C6").startsWith("'maybe' is not a mark"), fields.toString());
        assertEquals("themes missing from column A: 4", fields.get("A"));
        assertEquals(revisions, Db.revisions());
        assertEquals(proposals, Db.count("select count(*) from proposal"));

        Api.as(FOCAL_POINT)
                .upload("api/proposals/import", XLSX, new byte[] {'P', 'K', 3, 4, 1, 2, 3})
                .fieldProblem("file");
        Api.as(FOCAL_POINT)
                .upload("api/proposals/import", "text/csv", new byte[0])
                .fieldProblem("file");
        assertEquals(proposals, Db.count("select count(*) from proposal"));
    }

    @Test
    void anUnchangedFileProposesNothing() throws SQLException {
        String csv =
                Api.as(FOCAL_POINT).get("api/matrix?format=csv").expect(200).body();
        long proposals = Db.count("select count(*) from proposal");
        JsonObject problem = Api.as(FOCAL_POINT)
                .upload("api/proposals/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8))
                .problem(422);
        assertEquals("Nothing to propose", problem.getString("title"));
        assertEquals(proposals, Db.count("select count(*) from proposal"));
    }

    @Test
    void anUploadMayHaveUpTo2MbAndLargerIs413() {
        byte[] under = new byte[2 * 1024 * 1024 - 10];
        Arrays.fill(under, (byte) 'a');
        Api.as(FOCAL_POINT).upload("api/proposals/import", "text/csv", under).fieldProblem("A1");
        byte[] over = new byte[2 * 1024 * 1024 + 1];
        Arrays.fill(over, (byte) 'a');
        JsonObject problem = Api.as(FOCAL_POINT)
                .upload("api/proposals/import", "text/csv", over)
                .problem(413);
        assertTrue(problem.getString("detail").contains("2 MB"), problem.toString());
        Api.as(FOCAL_POINT)
                .post("api/proposals", "{\"title\":\"" + "a".repeat(1024 * 1024) + "\"}")
                .problem(413);
    }

    @Test
    void onlyFocalPointsUploadAMatrix() {
        byte[] csv = Api.as("observer")
                .get("api/matrix?format=csv")
                .expect(200)
                .body()
                .getBytes(StandardCharsets.UTF_8);
        Api.as("observer").upload("api/proposals/import", "text/csv", csv).problem(403);
        Api.as("sec-ana").upload("api/proposals/import", "text/csv", csv).problem(403);
        Api.anonymous().upload("api/proposals/import", "text/csv", csv).problem(401);
    }

    @Test
    void edition2014DownloadsAsPdfCsvXlsxAndJsonWithItsHash() throws IOException {
        JsonObject edition = Api.as("observer").get("api/editions/2014").ok();
        String hash = edition.getString("headHash");

        HttpResponse<byte[]> pdf = Api.as("observer").download("api/editions/2014/download?format=pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals(hash, pdf.headers().firstValue("X-Edition-Head-Hash").orElse(""));
        assertEquals("1", pdf.headers().firstValue("X-Edition-Revision").orElse(""));
        assertTrue(pdf.headers().firstValue("Repr-Digest").orElse("").startsWith("sha-256=:"));
        assertEquals(
                "attachment; filename=\"scm-mapping-2014.pdf\"",
                pdf.headers().firstValue("Content-Disposition").orElse(""));
        String text = EditionDocumentTest.text(pdf.body());
        for (String expected : List.of(
                edition.getString("title"),
                "Edition 2014",
                hash,
                "Organization of American States",
                "International Organization for Migration",
                "Annex: thematic issues and organizations",
                ANNEX.rows().get(28).get(1),
                "This is the first edition")) {
            assertTrue(text.contains(expected), () -> "no '" + expected + "' in the PDF:\n" + text);
        }

        HttpResponse<byte[]> csv = Api.as("fp-pe").download("api/editions/2014/download?format=csv");
        assertEquals(ANNEX.text(), new String(csv.body(), StandardCharsets.UTF_8).replace("\r\n", "\n"));
        assertEquals(hash, csv.headers().firstValue("X-Edition-Head-Hash").orElse(""));

        HttpResponse<byte[]> xlsx = Api.as("sec-ana").download("api/editions/2014/download?format=xlsx");
        assertEquals(annexRows(), grid(xlsx.body(), ANNEX.labels().size()));
        assertEquals(hash, xlsx.headers().firstValue("X-Edition-Head-Hash").orElse(""));

        Api.Response json = Api.as("sys-admin")
                .get("api/editions/2014/download?format=json")
                .expect(200);
        assertEquals(hash, json.json().getJsonObject("edition").getString("headHash"));
        assertEquals(
                754, json.json().getJsonObject("matrix").getJsonArray("cells").size());
        assertTrue(json.json().getJsonArray("organizations").size() >= 34);
        assertEquals(hash, json.header("X-Edition-Head-Hash").orElse(""));
    }

    @Test
    void anUnknownEditionIs404AndAnUnknownFormat400() {
        Api.as("observer").get("api/editions/1999/download?format=pdf").problem(404);
        Api.as("observer").get("api/editions/2014/download?format=docx").fieldProblem("format");
    }

    private static List<List<String>> annexRows() {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("issue_no", "issue"));
        header.addAll(ANNEX.labels());
        rows.add(header);
        rows.addAll(ANNEX.rows());
        return rows;
    }

    /** The header and theme rows of the first sheet, without the count columns and rows. */
    private static List<List<String>> grid(byte[] xlsx, int columns) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= ANNEX.rows().size(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < columns + 2; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(
                            cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                                    ? String.valueOf((long) cell.getNumericCellValue())
                                    : cell.getStringCellValue());
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static int columnOf(Row header, String label) {
        for (Cell cell : header) {
            if (label.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + label);
    }

    /** Another mark: blank → x → xx → blank. */
    private static String next(String mark) {
        return switch (mark.strip()) {
            case "" -> "x";
            case "x" -> "xx";
            default -> "";
        };
    }

    private static String symbol(String level) {
        return Map.of("NONE", "", "INVOLVED", "x", "STRONG", "xx").get(level);
    }
}
