package org.scm.mapping.matrix;

import java.util.Arrays;

/** How strongly an organization is involved in a theme, as the annex marks a cell. */
public enum Level {
    NONE(""),
    INVOLVED("x"),
    STRONG("xx");

    private final String symbol;

    Level(String symbol) {
        this.symbol = symbol;
    }

    /** The annex's mark: blank, {@code x} or {@code xx}. */
    public String symbol() {
        return symbol;
    }

    /** The level an annex mark stands for; surrounding blanks are ignored. */
    public static Level fromSymbol(String symbol) {
        String mark = symbol == null ? "" : symbol.strip();
        return Arrays.stream(values())
                .filter(level -> level.symbol.equalsIgnoreCase(mark))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("not a matrix mark: '" + symbol + "' (blank, x or xx)"));
    }
}
