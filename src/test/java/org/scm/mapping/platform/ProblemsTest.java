package org.scm.mapping.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    enum Colour {
        DARK_RED,
        BLUE
    }

    @Test
    void textIsStrippedAndBounded() {
        Problems problems = new Problems();
        assertEquals("abc", problems.text("  abc ", "name", 3));
        assertNull(problems.text("   ", "name", 3));
        assertEquals("abcd", problems.text("abcd", "name", 3));
        problems.requiredText(null, "title", 10, "a title is required");
        InvalidInputException refused = assertThrows(InvalidInputException.class, problems::throwIfAny);
        assertEquals(
                List.of(
                        new Problem.FieldProblem("name", "at most 3 characters (was 4)"),
                        new Problem.FieldProblem("title", "a title is required")),
                refused.fields());
    }

    @Test
    void choicesAreNamedInAnyCaseWithHyphensOrUnderscores() {
        assertEquals(Colour.DARK_RED, Problems.parse(Colour.class, " dark-red ", "colour"));
        assertNull(Problems.parse(Colour.class, null, "colour"));
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> Problems.parse(Colour.class, "green", "colour"));
        assertEquals(
                "'green' is not one of DARK_RED, BLUE", refused.fields().get(0).message());
        Problems problems = new Problems();
        problems.requiredChoice(Colour.class, "", "colour");
        assertEquals(
                400,
                assertThrows(InvalidInputException.class, problems::throwIfAny).status());
    }

    @Test
    void nothingFoundNothingThrown() {
        Problems problems = new Problems();
        problems.text("fine", "name", 10);
        assertTrue(problems.isEmpty());
        problems.throwIfAny();
    }
}
