package org.scm.mapping.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scm.mapping.history.PointInTime;
import org.scm.mapping.matrix.Matrix;
import org.scm.mapping.matrix.Theme;

/** CSV formula injection (OWASP): text a spreadsheet would run as a formula is exported as plain text. */
class SpreadsheetSafeTest {

    @Test
    void textThatStartsLikeAFormulaIsNeutralised() {
        for (String formula :
                List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1")) {
            assertEquals("'" + formula, SpreadsheetSafe.text(formula), formula);
        }
    }

    @Test
    void everythingElseIsLeftAlone() {
        for (String text : List.of(
                "",
                "Remittances",
                "29",
                "x",
                "xx",
                "Migration/rural world, food safety",
                " =padded",
                "a=b",
                "'quoted")) {
            assertEquals(text, SpreadsheetSafe.text(text), text);
        }
    }

    @Test
    void theMatrixExportNeutralisesATitleThatIsAFormula() {
        Matrix matrix =
                Matrix.of(PointInTime.now(), List.of(), List.of(new Theme(30, "=cmd|' /C calc'!A0")), List.of());
        String csv = MatrixCsv.write(matrix);
        assertTrue(csv.contains("30,'=cmd|' /C calc'!A0\r\n"), csv);
    }
}
