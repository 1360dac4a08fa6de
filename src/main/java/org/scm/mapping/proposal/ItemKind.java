package org.scm.mapping.proposal;

/** What an item of a proposal changes. */
public enum ItemKind {
    /** One matrix cell's level (and note). */
    CELL_LEVEL,
    /** One text field of an organization's profile. */
    ORGANIZATION_FIELD,
    /** A new organization (structural: applied only on approval). */
    NEW_ORGANIZATION,
    /** A new theme, a new row of the matrix (structural). */
    NEW_THEME
}
