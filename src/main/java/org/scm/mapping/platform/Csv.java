package org.scm.mapping.platform;

import java.util.List;

/**
 * CSV as every export writes it (RFC 4180): fields quoted only when they hold a comma, a double quote,
 * CR or LF, inner quotes doubled, every line ending with CRLF; null is an empty field; no field ever
 * runs as a spreadsheet formula ({@link SpreadsheetSafe}).
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private final StringBuilder text = new StringBuilder();

    public Csv line(List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(fields.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    public static String field(Object value) {
        String field = SpreadsheetSafe.text(value == null ? "" : value.toString());
        if (field.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
