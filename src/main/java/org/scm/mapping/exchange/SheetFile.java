package org.scm.mapping.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.scm.mapping.platform.InvalidInputException;
import org.scm.mapping.platform.Text;

/**
 * The cells of an uploaded file as text, row by row: an Excel workbook (its first sheet; recognised by
 * the ZIP signature, whatever the declared type) or else CSV in UTF-8 (RFC 4180; a byte order mark is
 * skipped; a header with semicolons and no comma, as spreadsheets in Spanish or Portuguese save it, is
 * read with semicolons). Formulas count as their last computed value.
 */
public final class SheetFile {

    static final int COLUMNS_MAX = 300;

    static {
        // an upload is at most 2 MB; no part of a real matrix workbook unpacks to more than a few MB
        ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
    }

    private SheetFile() {}

    /** @throws InvalidInputException (field {@code file}) when the bytes are neither */
    public static List<List<String>> read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new InvalidInputException("file", "the file is empty");
        }
        if (isZip(bytes)) {
            return workbook(bytes);
        }
        String text = Text.decodeUtf8(bytes)
                .orElseThrow(() ->
                        new InvalidInputException("file", "neither an Excel workbook (.xlsx) nor CSV text in UTF-8"));
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Optional<String> problem = Text.problem(text);
        if (problem.isPresent()) {
            throw new InvalidInputException("file", problem.get());
        }
        return csv(text);
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static List<List<String>> workbook(byte[] bytes) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new InvalidInputException("file", "the workbook has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            int last = Math.min(sheet.getLastRowNum(), UploadedMatrix.ROWS_MAX + 1);
            for (int r = 0; r <= last; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                int width = row == null ? 0 : Math.min(row.getLastCellNum(), COLUMNS_MAX);
                for (int c = 0; c < width; c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("file", "not a readable Excel workbook (.xlsx)");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> {
                double value = cell.getNumericCellValue();
                yield value == Math.rint(value) && Math.abs(value) < 1e9
                        ? String.valueOf((long) value)
                        : formatter.formatCellValue(cell);
            }
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /** RFC 4180, with the separator the header uses (comma, or semicolon when it has no comma). */
    static List<List<String>> csv(String text) {
        int endOfHeader = text.indexOf('\n');
        String header = endOfHeader < 0 ? text : text.substring(0, endOfHeader);
        char separator = header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(List.copyOf(record));
                record.clear();
                if (records.size() > UploadedMatrix.ROWS_MAX + 1) {
                    break;
                }
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(List.copyOf(record));
        }
        return records;
    }
}
