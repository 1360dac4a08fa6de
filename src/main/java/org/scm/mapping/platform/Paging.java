package org.scm.mapping.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * A page of a list as the caller asks for it ({@code ?page=&size=}): page from 0 to {@value #PAGE_MAX},
 * size from 1 to the list's maximum. Anything else, including numbers too large to be numbers, is a 400
 * naming the parameter, before any query runs (an unbounded page overflowed the row offset).
 */
public record Paging(int page, int size) {

    public static final int PAGE_MAX = 100_000;

    public static Paging of(String page, String size, int defaultSize, int maxSize) {
        List<Problem.FieldProblem> problems = new ArrayList<>();
        int pageNumber = bounded(page, "page", 0, 0, PAGE_MAX, problems);
        int pageSize = bounded(size, "size", defaultSize, 1, maxSize, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Paging(pageNumber, pageSize);
    }

    private static int bounded(
            String value, String parameter, int absent, int min, int max, List<Problem.FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        String bounds = "a whole number from " + min + " to " + max;
        try {
            long number = Long.parseLong(value.strip());
            if (number >= min && number <= max) {
                return (int) number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, like a number out of bounds
        }
        problems.add(new Problem.FieldProblem(parameter, "'" + value + "' is not " + bounds));
        return absent;
    }
}
