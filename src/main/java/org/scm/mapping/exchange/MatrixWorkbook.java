package org.scm.mapping.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.scm.mapping.history.CellChange;
import org.scm.mapping.history.Comparison;
import org.scm.mapping.matrix.Level;
import org.scm.mapping.matrix.Matrix;
import org.scm.mapping.platform.SpreadsheetSafe;

/**
 * The matrix, or a comparison, as an Excel workbook in the layout of the 2014 annex: a header row
 * {@code issue_no, issue, <column labels>} (each label with the organization's full name as a note),
 * one row per theme with its marks (blank, {@code x}, {@code xx}), then the counts ({@code total x},
 * {@code total xx}) by theme and by organization, and after a blank row the legend and what state the
 * sheet shows. The header row and the theme columns stay in view when scrolling; it prints on A4
 * landscape, one page wide. A comparison's sheet shows the later state with each changed cell colored by
 * its kind of change, and a second sheet lists the changes. The first sheet reads back as an upload
 * ({@link UploadedMatrix}). Text cells pass through {@link SpreadsheetSafe}.
 */
public final class MatrixWorkbook {

    public static final String ISSUE_NO = "issue_no";
    public static final String ISSUE = "issue";
    public static final String TOTAL_X = "total x";
    public static final String TOTAL_XX = "total xx";
    public static final String MATRIX_SHEET = "Matrix";
    public static final String COMPARISON_SHEET = "Comparison";

    /** The fill of each kind of change (RGB). */
    static final Map<String, String> CHANGE_FILLS =
            Map.of("added", "C6EFCE", "removed", "FFC7CE", "strengthened", "BDD7EE", "weakened", "FFEB9C");

    private static final List<String> LEGEND = List.of(
            "Legend: blank = not involved; x = involved; xx = strongly involved.",
            "Full organization names: the note on each column heading, and the sheet Organizations.");

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CreationHelper factory = workbook.getCreationHelper();
    private final CellStyle header = style(true, HorizontalAlignment.CENTER, true);
    private final CellStyle headerLeft = style(true, HorizontalAlignment.LEFT, false);
    private final CellStyle text = style(false, HorizontalAlignment.LEFT, false);
    private final CellStyle mark = style(false, HorizontalAlignment.CENTER, false);
    private final CellStyle total = style(true, HorizontalAlignment.CENTER, false);
    private final Map<String, CellStyle> changeStyles = new HashMap<>();

    private MatrixWorkbook() {}

    /**
     * @param names full organization names by code
     * @param state what state the matrix shows, in words (e.g. "Edition 2014, revision 1 of 2014-10-16T00:00:00Z")
     */
    public static byte[] matrix(Matrix matrix, Map<String, String> names, String state) {
        MatrixWorkbook book = new MatrixWorkbook();
        Sheet sheet = book.workbook.createSheet(MATRIX_SHEET);
        int next = book.grid(sheet, matrix, names, Map.of());
        book.notes(sheet, next, LEGEND, state);
        book.organizations(matrix, names);
        return book.bytes();
    }

    /**
     * @param after the matrix of the comparison's later side, whose grid the sheet shows
     * @param state both sides in words
     */
    public static byte[] comparison(Comparison comparison, Matrix after, Map<String, String> names, String state) {
        MatrixWorkbook book = new MatrixWorkbook();
        Sheet sheet = book.workbook.createSheet(COMPARISON_SHEET);
        Map<String, CellChange> changes = comparison.cells().stream()
                .collect(Collectors.toMap(change -> key(change.organization(), change.theme()), change -> change));
        int next = book.grid(sheet, after, names, changes);
        book.notes(
                sheet,
                next,
                List.of(
                        LEGEND.get(0),
                        "Colored cells changed: green added, red removed, blue strengthened, amber weakened; "
                                + "the note on each says from what and by which proposals.",
                        LEGEND.get(1)),
                state);
        book.changeList(comparison, names);
        book.organizations(after, names);
        return book.bytes();
    }

    /** Writes the annex grid with its counts; the number of the first row after it. */
    private int grid(Sheet sheet, Matrix matrix, Map<String, String> names, Map<String, CellChange> changes) {
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        List<Matrix.Column> columns = matrix.columns();
        int first = 2;
        int totals = first + columns.size();
        Row head = sheet.createRow(0);
        text(head, 0, ISSUE_NO, headerLeft);
        text(head, 1, ISSUE, headerLeft);
        for (int i = 0; i < columns.size(); i++) {
            Matrix.Column column = columns.get(i);
            Cell cell = text(head, first + i, column.label(), header);
            note(
                    drawing,
                    cell,
                    names.getOrDefault(column.organization(), column.organization()) + " (" + column.organization()
                            + ")");
        }
        text(head, totals, TOTAL_X, header);
        text(head, totals + 1, TOTAL_XX, header);
        head.setHeightInPoints(90);

        Map<String, Level> levels = new HashMap<>();
        matrix.cells().forEach(cell -> levels.put(key(cell.organization(), cell.theme()), cell.level()));
        int rowIndex = 1;
        for (Matrix.Row theme : matrix.themes()) {
            Row row = sheet.createRow(rowIndex++);
            row.createCell(0).setCellValue(theme.number());
            row.getCell(0).setCellStyle(text);
            text(row, 1, theme.title(), text);
            for (int i = 0; i < columns.size(); i++) {
                String key = key(columns.get(i).organization(), theme.number());
                CellChange change = changes.get(key);
                Cell cell = text(
                        row,
                        first + i,
                        levels.getOrDefault(key, Level.NONE).symbol(),
                        change == null ? mark : changeStyle(change.change()));
                if (change != null) {
                    note(drawing, cell, describe(change));
                }
            }
            number(row, totals, theme.counts().involved());
            number(row, totals + 1, theme.counts().strong());
        }
        Row involved = sheet.createRow(rowIndex++);
        Row strong = sheet.createRow(rowIndex++);
        text(involved, 0, TOTAL_X, headerLeft);
        text(strong, 0, TOTAL_XX, headerLeft);
        for (int i = 0; i < columns.size(); i++) {
            number(involved, first + i, columns.get(i).counts().involved());
            number(strong, first + i, columns.get(i).counts().strong());
        }
        number(involved, totals, matrix.totals().involved());
        number(strong, totals + 1, matrix.totals().strong());

        sheet.setColumnWidth(0, 9 * 256);
        sheet.setColumnWidth(1, 48 * 256);
        for (int i = first; i < totals + 2; i++) {
            sheet.setColumnWidth(i, 5 * 256);
        }
        sheet.createFreezePane(2, 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        return rowIndex + 1;
    }

    private void notes(Sheet sheet, int from, List<String> lines, String state) {
        int row = from;
        for (String line : lines) {
            text(sheet.createRow(row++), 1, line, text);
        }
        text(sheet.createRow(row), 1, state, text);
    }

    private void changeList(Comparison comparison, Map<String, String> names) {
        Sheet sheet = workbook.createSheet("Changes");
        Row head = sheet.createRow(0);
        List<String> titles = List.of("organization", "name", "theme", "from", "to", "change", "proposals");
        for (int i = 0; i < titles.size(); i++) {
            text(head, i, titles.get(i), headerLeft);
        }
        int rowIndex = 1;
        for (CellChange change : comparison.cells()) {
            Row row = sheet.createRow(rowIndex++);
            text(row, 0, change.organization(), text);
            text(row, 1, names.getOrDefault(change.organization(), ""), text);
            number(row, 2, change.theme()).setCellStyle(text);
            text(row, 3, Level.valueOf(change.from()).symbol(), mark);
            text(row, 4, Level.valueOf(change.to()).symbol(), mark);
            text(row, 5, change.change(), changeStyle(change.change()));
            text(row, 6, proposals(change), text);
        }
        sheet.createFreezePane(0, 1);
        sheet.setColumnWidth(1, 48 * 256);
        sheet.setColumnWidth(5, 14 * 256);
        sheet.setColumnWidth(6, 14 * 256);
    }

    private void organizations(Matrix matrix, Map<String, String> names) {
        Sheet sheet = workbook.createSheet("Organizations");
        Row head = sheet.createRow(0);
        List<String> titles = List.of("column", "label", "code", "name");
        for (int i = 0; i < titles.size(); i++) {
            text(head, i, titles.get(i), headerLeft);
        }
        int rowIndex = 1;
        for (Matrix.Column column : matrix.columns()) {
            Row row = sheet.createRow(rowIndex++);
            number(row, 0, column.position()).setCellStyle(text);
            text(row, 1, column.label(), text);
            text(row, 2, column.organization(), text);
            text(row, 3, names.getOrDefault(column.organization(), ""), text);
        }
        sheet.createFreezePane(0, 1);
        sheet.setColumnWidth(3, 80 * 256);
    }

    static String describe(CellChange change) {
        String proposals = proposals(change);
        return change.change() + ": from '" + Level.valueOf(change.from()).symbol() + "' to '"
                + Level.valueOf(change.to()).symbol() + "'"
                + (proposals.isEmpty() ? "" : "; proposals " + proposals);
    }

    private static String proposals(CellChange change) {
        return change.proposals().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private Cell text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(SpreadsheetSafe.text(value == null ? "" : value));
        cell.setCellStyle(style);
        return cell;
    }

    private Cell number(Row row, int column, long value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(total);
        return cell;
    }

    private void note(Drawing<?> drawing, Cell cell, String text) {
        ClientAnchor anchor = factory.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + 4);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 3);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(factory.createRichTextString(text));
        comment.setAuthor("SCM Mapping");
        cell.setCellComment(comment);
    }

    private CellStyle changeStyle(String change) {
        return changeStyles.computeIfAbsent(change, kind -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(mark);
            style.setFillForegroundColor(
                    new XSSFColor(HexFormat.of().parseHex(CHANGE_FILLS.getOrDefault(kind, "DDDDDD")), null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        });
    }

    private CellStyle style(boolean bold, HorizontalAlignment alignment, boolean vertical) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(bold);
        font.setFontHeightInPoints((short) 10);
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        if (vertical) {
            style.setRotation((short) 90);
        }
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setBottomBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        style.setTopBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        style.setLeftBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        style.setRightBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        return style;
    }

    private byte[] bytes() {
        try (workbook;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String key(String organization, int theme) {
        return organization + '\u0000' + theme;
    }
}
