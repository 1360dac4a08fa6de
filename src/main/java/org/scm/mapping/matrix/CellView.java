package org.scm.mapping.matrix;

/** One cell with the names of its organization and theme, for the single-cell endpoint. */
public record CellView(String organization, String organizationName, String matrixLabel, int theme,
                       String themeTitle, Level level, String symbol, String note) {

    public static CellView of(Involvement involvement) {
        return new CellView(involvement.getOrganization().getCode(), involvement.getOrganization().getName(),
                involvement.getOrganization().getMatrixLabel().orElse(null), involvement.getTheme().getNumber(),
                involvement.getTheme().getTitle(), involvement.getLevel(), involvement.getLevel().symbol(),
                involvement.getNote().orElse(null));
    }
}
