package org.scm.mapping.edition;

/** The lifecycle of an edition: call for proposals, then review only, then published and citable. */
public enum EditionState {
    OPEN,
    FROZEN,
    PUBLISHED
}
