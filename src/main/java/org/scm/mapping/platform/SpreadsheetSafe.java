package org.scm.mapping.platform;

/**
 * Keeps exported text from running as a spreadsheet formula (CSV injection, as OWASP describes it):
 * a value that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * leading apostrophe, which spreadsheets read as "this is text". Every CSV or spreadsheet export passes
 * each cell through {@link #text(String)} before quoting it.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {}

    public static String text(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
