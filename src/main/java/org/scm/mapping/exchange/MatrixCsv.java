package org.scm.mapping.exchange;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.scm.mapping.matrix.Matrix;
import org.scm.mapping.platform.Csv;

/**
 * The matrix in the layout of the 2014 annex: a header {@code issue_no,issue,<column labels>}, then
 * one line per theme with its number, its title and each column's mark ({@code ''}, {@code x},
 * {@code xx}). RFC 4180: fields are quoted only when they hold a comma, a double quote, CR or LF, inner
 * quotes are doubled, and every line, the last included, ends with CRLF.
 */
public final class MatrixCsv {

    public static final String MEDIA_TYPE = "text/csv";

    private MatrixCsv() {}

    public static String write(Matrix matrix) {
        Map<String, String> marks = new HashMap<>();
        matrix.cells().forEach(cell -> marks.put(key(cell.organization(), cell.theme()), cell.symbol()));
        Csv csv = new Csv();
        csv.line(Stream.concat(
                        Stream.of("issue_no", "issue"),
                        matrix.columns().stream().map(Matrix.Column::label))
                .toList());
        for (Matrix.Row theme : matrix.themes()) {
            csv.line(Stream.concat(
                            Stream.of(String.valueOf(theme.number()), theme.title()),
                            matrix.columns().stream()
                                    .map(column -> marks.getOrDefault(key(column.organization(), theme.number()), "")))
                    .toList());
        }
        return csv.toString();
    }

    private static String key(String organization, int theme) {
        return organization + '\u0000' + theme;
    }
}
