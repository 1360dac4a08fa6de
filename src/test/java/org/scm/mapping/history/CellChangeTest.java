package org.scm.mapping.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CellChangeTest {

    @Test
    void classifiesEveryPairOfLevels() {
        assertEquals("added", CellChange.classify("NONE", "INVOLVED").orElseThrow());
        assertEquals("added", CellChange.classify("NONE", "STRONG").orElseThrow());
        assertEquals("removed", CellChange.classify("INVOLVED", "NONE").orElseThrow());
        assertEquals("removed", CellChange.classify("STRONG", "NONE").orElseThrow());
        assertEquals("strengthened", CellChange.classify("INVOLVED", "STRONG").orElseThrow());
        assertEquals("weakened", CellChange.classify("STRONG", "INVOLVED").orElseThrow());
        for (String level : List.of("NONE", "INVOLVED", "STRONG")) {
            assertTrue(CellChange.classify(level, level).isEmpty(), level + " to itself is no change");
        }
    }

    @Test
    void anAbsentCellIsNone() {
        assertEquals("added", CellChange.classify(null, "INVOLVED").orElseThrow());
        assertTrue(CellChange.classify(null, "NONE").isEmpty());
    }

    @Test
    void refusesWhatIsNotALevel() {
        assertThrows(IllegalArgumentException.class, () -> CellChange.classify("x", "NONE"));
    }

    @Test
    void comparesCellsOfBothSidesWithTheirProposalsAndCountsThem() {
        Map<String, String> before = Map.of(
                CompareService.cellKey("UNHCR", 1), "STRONG",
                CompareService.cellKey("UNHCR", 4), "NONE",
                CompareService.cellKey("ILO", 21), "INVOLVED",
                CompareService.cellKey("IOM", 2), "INVOLVED");
        Map<String, String> after = Map.of(
                CompareService.cellKey("UNHCR", 1), "INVOLVED",
                CompareService.cellKey("UNHCR", 4), "STRONG",
                CompareService.cellKey("ILO", 21), "NONE",
                CompareService.cellKey("IOM", 2), "INVOLVED",
                CompareService.cellKey("NEWORG", 3), "INVOLVED");
        List<CellChange> changes =
                CompareService.cellChanges(before, after, Map.of(CompareService.cellKey("UNHCR", 4), Set.of(12L, 9L)));

        assertEquals(
                List.of(
                        new CellChange("ILO", 21, "INVOLVED", "NONE", "removed", List.of()),
                        new CellChange("NEWORG", 3, "NONE", "INVOLVED", "added", List.of()),
                        new CellChange("UNHCR", 1, "STRONG", "INVOLVED", "weakened", List.of()),
                        new CellChange("UNHCR", 4, "NONE", "STRONG", "added", List.of(9L, 12L))),
                changes);
        assertEquals(new ChangeCounts(2, 1, 0, 1, 4), ChangeCounts.of(changes));
    }
}
