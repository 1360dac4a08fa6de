package org.scm.mapping.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.scm.mapping.matrix.Level;
import org.scm.mapping.platform.Problems;

/**
 * A filled matrix as a focal point uploads it, in the layout of the export ({@link MatrixCsv},
 * {@link MatrixWorkbook}): a header {@code issue_no, issue, <column labels>}, then one row per theme
 * with its number, its title (not checked: it may be translated) and a mark under each column. Count
 * columns and rows ({@code total x}, {@code total xx}) are skipped; the first empty row ends the matrix
 * (what follows, e.g. the legend, is not read). Every problem is reported with its cell reference
 * ({@code D7}: column D, row 7), all at once.
 */
public final class UploadedMatrix {

    /** More rows than this are not a matrix. */
    static final int ROWS_MAX = 1000;

    private static final String ISSUE_NO = MatrixWorkbook.ISSUE_NO;
    private static final String ISSUE = MatrixWorkbook.ISSUE;

    /** One cell as read: the organization's code, the theme's number, the level of its mark. */
    public record Mark(String organization, int theme, Level level) {}

    private UploadedMatrix() {}

    /**
     * @param rows the sheet's cells as text, row by row
     * @param codesByLabel the organization code of each column label of the current matrix
     * @param themes the numbers of the current themes
     * @return every cell of the matrix, when there is no problem
     * @throws org.scm.mapping.platform.InvalidInputException with every problem found
     */
    public static List<Mark> read(List<List<String>> rows, Map<String, String> codesByLabel, Set<Integer> themes) {
        Problems problems = new Problems();
        if (rows.isEmpty() || rows.get(0).stream().allMatch(String::isBlank)) {
            problems.add("file", "the file is empty: the first row must be the header issue_no, issue, <columns>");
            problems.throwIfAny();
        }
        if (rows.size() > ROWS_MAX) {
            problems.add("file", "more than " + ROWS_MAX + " rows: this is not the matrix");
            problems.throwIfAny();
        }
        Map<Integer, String> columns = columns(rows.get(0), codesByLabel, problems);
        List<Mark> marks = new ArrayList<>();
        Map<Integer, Integer> rowOfTheme = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                break;
            }
            String first = cell(row, 0);
            if (isTotal(first)) {
                continue;
            }
            Integer theme = theme(first, r, themes, rowOfTheme, problems);
            for (Map.Entry<Integer, String> column : columns.entrySet()) {
                String value = cell(row, column.getKey());
                try {
                    Level level = Level.fromSymbol(value);
                    if (theme != null) {
                        marks.add(new Mark(column.getValue(), theme, level));
                    }
                } catch (IllegalArgumentException notAMark) {
                    problems.add(
                            reference(column.getKey(), r),
                            "'" + value.strip() + "' is not a mark (row " + (r + 1) + ", column "
                                    + columnName(column.getKey()) + "): use blank, x or xx");
                }
            }
        }
        Set<Integer> missing = new TreeSet<>(themes);
        missing.removeAll(rowOfTheme.keySet());
        if (!missing.isEmpty()) {
            problems.add(
                    "A",
                    "themes missing from column A: "
                            + missing.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        problems.throwIfAny();
        return marks;
    }

    /** The organization code of each matrix column, by its index; problems for a wrong header. */
    private static Map<Integer, String> columns(
            List<String> header, Map<String, String> codesByLabel, Problems problems) {
        if (!ISSUE_NO.equals(normal(cell(header, 0)))) {
            problems.add(
                    "A1",
                    "the header must start with issue_no (was '"
                            + cell(header, 0).strip() + "')");
        }
        if (!ISSUE.equals(normal(cell(header, 1)))) {
            problems.add(
                    "B1",
                    "the second heading must be issue (was '" + cell(header, 1).strip() + "')");
        }
        Map<String, String> byLabel = new HashMap<>();
        codesByLabel.forEach((label, code) -> byLabel.put(normal(label), code));
        Map<Integer, String> columns = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 2; c < header.size(); c++) {
            String label = cell(header, c).strip();
            if (label.isEmpty() || isTotal(label)) {
                break;
            }
            String code = byLabel.get(normal(label));
            if (code == null) {
                problems.add(
                        reference(c, 0),
                        "unknown organization '" + label + "' (column " + columnName(c)
                                + "): the headings are the matrix's column labels");
            } else if (seen.containsKey(code)) {
                problems.add(
                        reference(c, 0),
                        "'" + label + "' appears twice (columns " + columnName(seen.get(code)) + " and " + columnName(c)
                                + ")");
            } else {
                seen.put(code, c);
                columns.put(c, code);
            }
        }
        List<String> missing = codesByLabel.entrySet().stream()
                .filter(column -> !seen.containsKey(column.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        if (!missing.isEmpty()) {
            problems.add("1", "columns missing from the header (row 1): " + String.join(", ", missing));
        }
        return columns;
    }

    private static Integer theme(
            String text, int r, Set<Integer> themes, Map<Integer, Integer> rowOfTheme, Problems problems) {
        String number = text.strip().replaceFirst("\\.0+$", "");
        String at = reference(0, r);
        if (!number.matches("\\d{1,4}")) {
            problems.add(at, "'" + text.strip() + "' is not a theme number (row " + (r + 1) + ", column A)");
            return null;
        }
        int theme = Integer.parseInt(number);
        if (!themes.contains(theme)) {
            problems.add(at, "unknown theme " + theme + " (row " + (r + 1) + ", column A)");
            return null;
        }
        Integer earlier = rowOfTheme.putIfAbsent(theme, r);
        if (earlier != null) {
            problems.add(at, "theme " + theme + " appears twice (rows " + (earlier + 1) + " and " + (r + 1) + ")");
            return null;
        }
        return theme;
    }

    private static boolean isTotal(String text) {
        String normal = normal(text);
        return normal.equals(MatrixWorkbook.TOTAL_X) || normal.equals(MatrixWorkbook.TOTAL_XX);
    }

    private static String normal(String text) {
        return text.strip().replace('\u00a0', ' ').toLowerCase(Locale.ROOT);
    }

    private static String cell(List<String> row, int column) {
        return column < row.size() && row.get(column) != null ? row.get(column) : "";
    }

    /** A spreadsheet reference: column letters and row number from 1 ({@code D7}). */
    static String reference(int column, int row) {
        return columnName(column) + (row + 1);
    }

    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }
}
