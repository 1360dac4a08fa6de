package org.scm.mapping.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
