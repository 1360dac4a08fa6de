package org.scm.mapping.platform;

import java.util.Objects;

/**
 * Something the caller named does not exist (an organization code, a theme number, an edition year,
 * a revision…). Services and resources throw it; {@link UnknownEntityExceptionMapper} answers 404.
 */
public class UnknownEntityException extends RuntimeException {

    private final String kind;
    private final String key;

    /**
     * @param kind what was looked for, in words ("organization", "edition")
     * @param key how the caller named it (code, number, year)
     */
    public UnknownEntityException(String kind, Object key) {
        super("There is no " + Objects.requireNonNull(kind, "kind") + " '" + key + "'.");
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
