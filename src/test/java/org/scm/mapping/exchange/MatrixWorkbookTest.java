package org.scm.mapping.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.scm.mapping.history.CellChange;
import org.scm.mapping.history.ChangeCounts;
import org.scm.mapping.history.Comparison;
import org.scm.mapping.history.PointInTime;
import org.scm.mapping.matrix.Matrix;

class MatrixWorkbookTest {

    private static final Matrix ANNEX_2014 =
            AnnexMatrix.of2014(PointInTime.ofEdition(2014, 1, Instant.parse("2014-10-16T00:00:00Z")));

    @Test
    void theWorkbookOfEdition2014ReadsBackAsTheAnnex() throws IOException {
        try (XSSFWorkbook book = read(MatrixWorkbook.matrix(ANNEX_2014, AnnexMatrix.names(), "State shown: 2014."))) {
            Sheet sheet = book.getSheet(MatrixWorkbook.MATRIX_SHEET);
            List<String> header = texts(sheet.getRow(0));
            assertEquals(List.of("issue_no", "issue"), header.subList(0, 2));
            assertEquals(
                    AnnexMatrix.ANNEX.labels(),
                    header.subList(2, 2 + AnnexMatrix.ANNEX.labels().size()));
            assertEquals(List.of("total x", "total xx"), header.subList(header.size() - 2, header.size()));
            for (int r = 0; r < AnnexMatrix.ANNEX.rows().size(); r++) {
                List<String> expected = AnnexMatrix.ANNEX.rows().get(r);
                List<String> actual = texts(sheet.getRow(r + 1));
                assertEquals(expected, actual.subList(0, expected.size()), "row " + (r + 2));
            }
        }
    }

    @Test
    void headingsCarryFullNamesAndTheSheetHasCountsLegendFrozenPanesAndA4LandscapeOnePageWide() throws IOException {
        try (XSSFWorkbook book = read(MatrixWorkbook.matrix(ANNEX_2014, AnnexMatrix.names(), "State shown: 2014."))) {
            XSSFSheet sheet = book.getSheet(MatrixWorkbook.MATRIX_SHEET);
            assertEquals(
                    "Organization 0 (ORG0)",
                    sheet.getRow(0).getCell(2).getCellComment().getString().getString());
            int themes = AnnexMatrix.ANNEX.rows().size();
            int columns = AnnexMatrix.ANNEX.labels().size();
            Row totalX = sheet.getRow(themes + 1);
            assertEquals("total x", totalX.getCell(0).getStringCellValue());
            long involved = ANNEX_2014.cells().stream()
                    .filter(cell -> cell.symbol().equals("x"))
                    .count();
            assertEquals(involved, (long) totalX.getCell(2 + columns).getNumericCellValue());
            assertEquals(ANNEX_2014.themes().get(0).counts().strong(), (long)
                    sheet.getRow(1).getCell(3 + columns).getNumericCellValue());
            String below = allText(sheet);
            assertTrue(below.contains("blank = not involved; x = involved; xx = strongly involved"), below);
            assertTrue(below.contains("State shown: 2014."), below);

            assertEquals(2, sheet.getPaneInformation().getVerticalSplitPosition());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(
                    org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE,
                    sheet.getPrintSetup().getPaperSize());
            assertEquals(1, sheet.getPrintSetup().getFitWidth());
            assertEquals(0, sheet.getPrintSetup().getFitHeight());
            assertTrue(sheet.getFitToPage());

            Sheet organizations = book.getSheet("Organizations");
            assertEquals("Organization 25", organizations.getRow(26).getCell(3).getStringCellValue());
        }
    }

    @Test
    void theExportedWorkbookIsAValidUpload() {
        List<UploadedMatrix.Mark> marks = UploadedMatrix.read(
                SheetFile.read(MatrixWorkbook.matrix(ANNEX_2014, AnnexMatrix.names(), "")),
                AnnexMatrix.codesByLabel(),
                ANNEX_2014.themes().stream().map(Matrix.Row::number).collect(Collectors.toSet()));
        assertEquals(ANNEX_2014.cells().size(), marks.size());
        assertEquals(List.of(), MatrixImport.differences(ANNEX_2014, marks));
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        Matrix matrix = Matrix.of(
                PointInTime.now(), List.of(), List.of(new org.scm.mapping.matrix.Theme(30, "=1+2")), List.of());
        try (XSSFWorkbook book = read(MatrixWorkbook.matrix(matrix, Map.of(), ""))) {
            Cell title = book.getSheet(MatrixWorkbook.MATRIX_SHEET).getRow(1).getCell(1);
            assertEquals("'=1+2", title.getStringCellValue());
        }
    }

    @Test
    void aComparisonColorsEachChangedCellByItsKindAndListsTheChanges() throws IOException {
        List<CellChange> cells = List.of(
                new CellChange("ORG0", 1, "INVOLVED", "STRONG", "strengthened", List.of(12L)),
                new CellChange("ORG3", 2, "NONE", "INVOLVED", "added", List.of(12L, 14L)));
        Comparison comparison = new Comparison(
                new Comparison.Side("2014", 2014, 1L, Instant.parse("2014-10-16T00:00:00Z")),
                new Comparison.Side("now", null, null, null),
                cells,
                new Comparison.Organizations(List.of(), List.of(), List.of()),
                new Comparison.Themes(List.of(), List.of()),
                new Comparison.Counts(Map.of(), Map.of(), ChangeCounts.of(cells)));
        try (XSSFWorkbook book =
                read(MatrixWorkbook.comparison(comparison, ANNEX_2014, AnnexMatrix.names(), "Compared."))) {
            XSSFSheet sheet = book.getSheet(MatrixWorkbook.COMPARISON_SHEET);
            Set<String> colored = new java.util.TreeSet<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
                    if (style.getFillForegroundColorColor() != null
                            && row.getRowNum() <= AnnexMatrix.ANNEX.rows().size()) {
                        colored.add(cell.getAddress().formatAsString() + " "
                                + style.getFillForegroundColorColor()
                                        .getARGBHex()
                                        .substring(2));
                    }
                }
            }
            assertEquals(Set.of("C2 BDD7EE", "F3 C6EFCE"), colored);
            assertNotNull(sheet.getRow(2).getCell(5).getCellComment());
            assertEquals(
                    "added: from '' to 'x'; proposals 12, 14",
                    sheet.getRow(2).getCell(5).getCellComment().getString().getString());
            Sheet changes = book.getSheet("Changes");
            assertEquals(List.of("ORG3", "Organization 3", "2", "", "x", "added", "12, 14"), texts(changes.getRow(2)));
        }
    }

    static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            texts.add(
                    cell == null
                            ? ""
                            : switch (cell.getCellType()) {
                                case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
                                default -> cell.getStringCellValue();
                            });
        }
        return texts;
    }

    private static String allText(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    text.append(cell.getStringCellValue()).append('\n');
                }
            }
        }
        return text.toString();
    }
}
