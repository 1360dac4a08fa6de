package org.scm.mapping.platform;

/** Whole numbers given as query parameters: text that is not one answers 400 naming the parameter. */
public final class QueryNumbers {

    private QueryNumbers() {}

    public static Long parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "a whole number");
        }
    }

    public static int parse(String text, String field, int absent) {
        Long number = parse(text, field);
        if (number == null) {
            return absent;
        }
        if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
            throw new InvalidInputException(field, "a whole number within range");
        }
        return number.intValue();
    }
}
