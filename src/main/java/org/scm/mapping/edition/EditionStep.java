package org.scm.mapping.edition;

import java.util.Set;

/** A step of an edition's cycle, as the API names it ({@code POST /api/editions/{year}/<step>}). */
public enum EditionStep {
    OPEN,
    FREEZE,
    PUBLISH;

    public String pathName() {
        return name().toLowerCase();
    }

    /** The steps an edition in {@code state} may take next. */
    public static Set<EditionStep> allowedIn(EditionState state) {
        return switch (state) {
            case OPEN -> Set.of(FREEZE);
            case FROZEN -> Set.of(PUBLISH);
            case PUBLISHED -> Set.of();
        };
    }
}
