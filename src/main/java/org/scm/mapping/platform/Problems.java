package org.scm.mapping.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.scm.mapping.platform.Problem.FieldProblem;

/**
 * Collects what is wrong with one request, field by field, so that a client learns every problem at
 * once; {@link #throwIfAny()} then refuses the request with all of them (400).
 */
public final class Problems {

    private final List<FieldProblem> found = new ArrayList<>();

    public void add(String field, String message) {
        found.add(new FieldProblem(field, message));
    }

    /** Hands every problem found so far to {@code sink}, e.g. another collector's {@link #add}. */
    public void forEach(BiConsumer<String, String> sink) {
        found.forEach(problem -> sink.accept(problem.field(), problem.message()));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }

    /** Stripped text, null when absent or blank; a problem when longer than {@code max}. */
    public String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            add(field, "at most " + max + " characters (was " + text.length() + ")");
        }
        return text;
    }

    /** Like {@link #text}, and a problem when absent or blank. */
    public String requiredText(String value, String field, int max, String whenMissing) {
        String text = text(value, field, max);
        if (text == null) {
            add(field, whenMissing);
        }
        return text;
    }

    /**
     * One of an enumeration's constants, named in any case; null when absent, a problem naming the
     * allowed values when it is none of them.
     */
    public <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        add(field, "'" + value + "' is not one of " + names(type));
        return null;
    }

    /** Like {@link #choice}, and a problem when absent. */
    public <E extends Enum<E>> E requiredChoice(Class<E> type, String value, String field) {
        E choice = choice(type, value, field);
        if (value == null || value.isBlank()) {
            add(field, "one of " + names(type) + " is required");
        }
        return choice;
    }

    /** A single optional enumeration value, e.g. a query parameter: 400 naming the allowed values when wrong. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        Problems problems = new Problems();
        E choice = problems.choice(type, value, field);
        problems.throwIfAny();
        return choice;
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Stream.of(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
