package org.scm.mapping.proposal;

/** The fields of an organization's profile that a proposal may replace. */
public enum OrganizationField {
    NAME,
    MANDATE,
    MIGRATION_INVOLVEMENT,
    NOTES,
    FOUNDING_YEAR
}
