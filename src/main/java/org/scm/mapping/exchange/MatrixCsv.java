package org.scm.mapping.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.scm.mapping.matrix.Matrix;

/**
 * The matrix in the layout of the 2014 annex: a header {@code issue_no,issue,<column labels>}, then
 * one line per theme with its number, its title and each column's mark ({@code ''}, {@code x},
 * {@code xx}). RFC 4180: fields are quoted only when they hold a comma, a double quote, CR or LF, inner
 * quotes are doubled, and every line, the last included, ends with CRLF.
 */
public final class MatrixCsv {

    public static final String MEDIA_TYPE = "text/csv";
    static final String LINE_END = "\r\n";

    private MatrixCsv() {}

    public static String write(Matrix matrix) {
        Map<String, String> marks = new HashMap<>();
        matrix.cells().forEach(cell -> marks.put(key(cell.organization(), cell.theme()), cell.symbol()));
        StringBuilder csv = new StringBuilder();
        line(
                csv,
                Stream.concat(
                                Stream.of("issue_no", "issue"),
                                matrix.columns().stream().map(Matrix.Column::label))
                        .toList());
        for (Matrix.Row theme : matrix.themes()) {
            line(
                    csv,
                    Stream.concat(
                                    Stream.of(String.valueOf(theme.number()), theme.title()),
                                    matrix.columns().stream()
                                            .map(column ->
                                                    marks.getOrDefault(key(column.organization(), theme.number()), "")))
                            .toList());
        }
        return csv.toString();
    }

    /** One field as RFC 4180 writes it, never a spreadsheet formula. */
    static String field(String text) {
        String value = SpreadsheetSafe.text(text);
        if (value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private static void line(StringBuilder csv, List<String> fields) {
        csv.append(fields.stream().map(MatrixCsv::field).collect(Collectors.joining(",")))
                .append(LINE_END);
    }

    private static String key(String organization, int theme) {
        return organization + '\u0000' + theme;
    }
}
