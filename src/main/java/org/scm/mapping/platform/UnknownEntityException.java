package org.scm.mapping.platform;

import java.util.Objects;

/**
 * Something the caller named does not exist (an organization code, a theme number, an edition year,
 * a revision…) or is not visible to the caller: 404, saying what was not found.
 */
public class UnknownEntityException extends DomainProblem {

    private final String kind;
    private final String key;

    /**
     * @param kind what was looked for, in words ("organization", "edition")
     * @param key how the caller named it (code, number, year)
     */
    public UnknownEntityException(String kind, Object key) {
        super(404, "Not Found", "There is no " + Objects.requireNonNull(kind, "kind") + " '" + key + "'.");
        this.kind = kind;
        this.key = String.valueOf(key);
    }

    public String kind() {
        return kind;
    }

    public String key() {
        return key;
    }
}
