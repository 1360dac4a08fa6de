package org.scm.mapping.matrix;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scm.mapping.history.PointInTime;
import org.scm.mapping.organization.Organization;

/**
 * The whole matrix in one piece, as the API answers it: the columns (organizations in the annex, in
 * column order), the rows (themes by number), every cell with its level, and the counts of each level
 * per column, per row and overall.
 *
 * @param edition the edition year asked for, or null
 * @param revision the revision whose state this is, or null for the current state
 * @param recordedAt when that revision was committed (UTC), or null for the current state
 * @param cells ordered by theme, then column
 */
public record Matrix(
        Integer edition,
        Long revision,
        Instant recordedAt,
        List<Column> columns,
        List<Row> themes,
        List<Cell> cells,
        LevelCounts totals) {

    /** One organization's column. */
    public record Column(String organization, String label, int position, LevelCounts counts) {}

    /** One theme's row. */
    public record Row(int number, String title, LevelCounts counts) {}

    /** One cell; {@code symbol} is the annex's mark for the level. */
    public record Cell(String organization, int theme, Level level, String symbol, String note) {

        static Cell of(Involvement involvement) {
            return new Cell(
                    involvement.getOrganization().getCode(),
                    involvement.getTheme().getNumber(),
                    involvement.getLevel(),
                    involvement.getLevel().symbol(),
                    involvement.getNote().orElse(null));
        }
    }

    public Matrix {
        columns = List.copyOf(columns);
        themes = List.copyOf(themes);
        cells = List.copyOf(cells);
    }

    /**
     * Assembles the matrix from entities of one state of the mapping. Organizations outside the matrix
     * and their cells are left out.
     */
    public static Matrix of(
            PointInTime at,
            Collection<Organization> organizations,
            Collection<Theme> themes,
            Collection<Involvement> involvements) {
        List<Organization> columns = organizations.stream()
                .filter(Organization::isInMatrix)
                .sorted(Organization.MATRIX_ORDER)
                .toList();
        Map<String, Integer> positions =
                columns.stream().collect(Collectors.toMap(Organization::getCode, Organization::getMatrixPosition));
        List<Cell> cells = involvements.stream()
                .map(Cell::of)
                .filter(cell -> positions.containsKey(cell.organization()))
                .sorted(Comparator.comparingInt(Cell::theme).thenComparing(cell -> positions.get(cell.organization())))
                .toList();
        Map<String, LevelCounts> byOrganization = countBy(cells, Cell::organization);
        Map<Integer, LevelCounts> byTheme = countBy(cells, Cell::theme);
        return new Matrix(
                at.edition(),
                at.revision(),
                at.recordedAt(),
                columns.stream()
                        .map(organization -> new Column(
                                organization.getCode(),
                                organization.getMatrixLabel().orElseThrow(),
                                organization.getMatrixPosition(),
                                byOrganization.getOrDefault(organization.getCode(), LevelCounts.of(List.of()))))
                        .toList(),
                themes.stream()
                        .sorted(Comparator.comparingInt(Theme::getNumber))
                        .map(theme -> new Row(
                                theme.getNumber(),
                                theme.getTitle(),
                                byTheme.getOrDefault(theme.getNumber(), LevelCounts.of(List.of()))))
                        .toList(),
                cells,
                LevelCounts.of(cells.stream().map(Cell::level).toList()));
    }

    private static <K> Map<K, LevelCounts> countBy(List<Cell> cells, Function<Cell, K> key) {
        return cells.stream()
                .collect(Collectors.groupingBy(
                        key,
                        Collectors.collectingAndThen(
                                Collectors.mapping(Cell::level, Collectors.toList()), LevelCounts::of)));
    }
}
