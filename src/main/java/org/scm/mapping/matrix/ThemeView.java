package org.scm.mapping.matrix;

/** A theme as the API shows it. */
public record ThemeView(int number, String title) {

    public static ThemeView of(Theme theme) {
        return new ThemeView(theme.getNumber(), theme.getTitle());
    }
}
