package org.scm.mapping.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scm.mapping.history.PointInTime;
import org.scm.mapping.organization.Category;
import org.scm.mapping.organization.Organization;

/** Assembling the matrix read model and counting levels, without a database. */
class MatrixTest {

    private final Organization unhcr = column("UNHCR", 1, "UNHCR");
    private final Organization wipo = column("WIPO", 2, "OMPI");
    private final Organization oecd = new Organization("OECD", "OECD", Category.NON_UN_GLOBAL);
    private final Theme mandate = new Theme(1, "Migration in the mandate");
    private final Theme remittances = new Theme(4, "Remittances");

    @Test
    void countsEachLevel() {
        assertEquals(
                new LevelCounts(2, 1, 3),
                LevelCounts.of(
                        List.of(Level.STRONG, Level.NONE, Level.INVOLVED, Level.STRONG, Level.NONE, Level.STRONG)));
        assertEquals(6, new LevelCounts(2, 1, 3).total());
        assertEquals(new LevelCounts(0, 0, 0), LevelCounts.of(List.of()));
    }

    @Test
    void columnsInMatrixOrderRowsByNumberCellsByRowThenColumn() {
        Matrix matrix = Matrix.of(
                PointInTime.now(),
                List.of(wipo, oecd, unhcr),
                List.of(remittances, mandate),
                List.of(
                        new Involvement(wipo, remittances, Level.NONE),
                        new Involvement(unhcr, remittances, Level.STRONG),
                        new Involvement(wipo, mandate, Level.INVOLVED),
                        new Involvement(unhcr, mandate, Level.INVOLVED)));

        assertEquals(
                List.of("UNHCR/UNHCR/1", "WIPO/OMPI/2"),
                matrix.columns().stream()
                        .map(column -> column.organization() + "/" + column.label() + "/" + column.position())
                        .toList());
        assertEquals(
                List.of(1, 4), matrix.themes().stream().map(Matrix.Row::number).toList());
        assertEquals(
                List.of("UNHCR 1 x", "WIPO 1 x", "UNHCR 4 xx", "WIPO 4 "),
                matrix.cells().stream()
                        .map(cell -> cell.organization() + " " + cell.theme() + " " + cell.symbol())
                        .toList());
    }

    @Test
    void countsPerOrganizationPerThemeAndOverall() {
        Matrix matrix = Matrix.of(
                PointInTime.now(),
                List.of(unhcr, wipo),
                List.of(mandate, remittances),
                List.of(
                        new Involvement(unhcr, mandate, Level.INVOLVED),
                        new Involvement(unhcr, remittances, Level.STRONG),
                        new Involvement(wipo, mandate, Level.INVOLVED),
                        new Involvement(wipo, remittances, Level.NONE)));

        assertEquals(new LevelCounts(0, 1, 1), matrix.columns().get(0).counts());
        assertEquals(new LevelCounts(1, 1, 0), matrix.columns().get(1).counts());
        assertEquals(new LevelCounts(0, 2, 0), matrix.themes().get(0).counts());
        assertEquals(new LevelCounts(1, 0, 1), matrix.themes().get(1).counts());
        assertEquals(new LevelCounts(1, 2, 1), matrix.totals());
    }

    @Test
    void leavesOutOrganizationsOutsideTheMatrix() {
        Matrix matrix = Matrix.of(
                PointInTime.now(),
                List.of(unhcr, oecd),
                List.of(mandate),
                List.of(new Involvement(unhcr, mandate, Level.STRONG), new Involvement(oecd, mandate, Level.STRONG)));

        assertEquals(1, matrix.columns().size());
        assertEquals(1, matrix.cells().size());
        assertEquals(new LevelCounts(0, 0, 1), matrix.totals());
    }

    @Test
    void aColumnOrRowWithoutCellsCountsZero() {
        Matrix matrix = Matrix.of(PointInTime.now(), List.of(unhcr), List.of(mandate), List.of());

        assertEquals(new LevelCounts(0, 0, 0), matrix.columns().get(0).counts());
        assertEquals(new LevelCounts(0, 0, 0), matrix.themes().get(0).counts());
    }

    @Test
    void saysWhichStateItIs() {
        Matrix now = Matrix.of(PointInTime.now(), List.of(), List.of(), List.of());
        assertNull(now.edition());
        assertNull(now.revision());

        Matrix edition = Matrix.of(
                PointInTime.ofEdition(2014, 1, Instant.parse("2014-10-16T00:00:00Z")), List.of(), List.of(), List.of());
        assertEquals(2014, edition.edition());
        assertEquals(1L, edition.revision());
        assertEquals(Instant.parse("2014-10-16T00:00:00Z"), edition.recordedAt());
    }

    private static Organization column(String code, int position, String label) {
        Organization organization = new Organization(code, code + " (name)", Category.UN_AGENCY);
        organization.placeInMatrix(position, label);
        return organization;
    }
}
