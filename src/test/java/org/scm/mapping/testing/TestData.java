package org.scm.mapping.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Integration tests share one deployment and one database, so each test class owns the data it
 * changes or whose current value it relies on: a matrix cell, an organization's open proposals, a new
 * organization's code. A class claims them here (proposal steps claim the cells of the items they
 * write); a second class claiming the same thing fails at once, naming both, instead of failing later
 * and only in some orders. Seed values that nobody may change are read through {@code ?edition=2014}.
 */
public final class TestData {

    private static final Map<String, String> OWNERS = new ConcurrentHashMap<>();

    private TestData() {}

    /** The cell {@code organization × theme} belongs to the calling test class. */
    public static void cell(String organization, int theme) {
        claim("cell " + organization + "/" + theme, "organization " + organization);
    }

    /**
     * Everything about {@code code} belongs to the calling test class: a new organization it creates, or an
     * existing one whose open proposals or profile it counts on (then no other class may use its cells).
     */
    public static void organization(String code) {
        String owner = claim("organization " + code, null);
        if (owner == null) {
            return;
        }
        OWNERS.forEach((thing, other) -> {
            if (thing.startsWith("cell " + code + "/") && !other.equals(owner)) {
                throw new IllegalStateException(thing + " is used by " + other + ", so " + owner
                        + " cannot own organization " + code + "; pick data no other test class uses");
            }
        });
    }

    /** Claims {@code thing} for the calling class; its name, or null when no integration test is calling. */
    private static String claim(String thing, String enclosing) {
        String owner = caller().orElse(null);
        if (owner == null) {
            return null;
        }
        String previous = OWNERS.putIfAbsent(thing, owner);
        if (previous != null && !previous.equals(owner)) {
            throw new IllegalStateException(thing + " is already used by " + previous + "; " + owner
                    + " must use data no other test class uses (see the README, 'Tests')");
        }
        String outer = enclosing == null ? null : OWNERS.get(enclosing);
        if (outer != null && !outer.equals(owner)) {
            throw new IllegalStateException(enclosing + " belongs to " + outer + "; " + owner + " cannot use " + thing);
        }
        return owner;
    }

    /** The nearest integration-test class (name ending in IT) on the call stack; lambdas count as their class. */
    private static Optional<String> caller() {
        return StackWalker.getInstance()
                .walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                        .map(name -> name.endsWith("IT") || !name.contains("$")
                                ? name
                                : name.substring(0, name.indexOf('$')))
                        .filter(name -> name.endsWith("IT"))
                        .findFirst()
                        .map(name -> name.substring(name.lastIndexOf('.') + 1)));
    }
}
