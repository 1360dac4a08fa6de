package org.scm.mapping.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void absentValuesTakeTheDefaults() {
        assertEquals(new Paging(0, 50), Paging.of(null, " ", 50, 200));
        assertEquals(new Paging(Paging.PAGE_MAX, 200), Paging.of(String.valueOf(Paging.PAGE_MAX), "200", 50, 200));
    }

    @Test
    void valuesPastTheBoundsNameTheirParameter() {
        assertEquals(List.of("page"), fields("2147483647", "200"));
        assertEquals(List.of("page"), fields("33554432", "128"));
        assertEquals(List.of("page", "size"), fields("-1", "0"));
        assertEquals(List.of("size"), fields("0", "201"));
        assertEquals(List.of("page", "size"), fields("1.5", "99999999999999999999"));
    }

    private static List<String> fields(String page, String size) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Paging.of(page, size, 50, 200));
        return refused.fields().stream().map(Problem.FieldProblem::field).toList();
    }
}
