package org.scm.mapping.organization;

import java.util.Optional;

/**
 * The fields of an organization's profile that a proposal may replace, each read and written as
 * text (the founding year as its digits), so that proposals compare and show them alike.
 */
public enum OrganizationField {
    NAME(Organization.NAME_MAX),
    MANDATE(Organization.TEXT_MAX),
    MIGRATION_INVOLVEMENT(Organization.TEXT_MAX),
    NOTES(Organization.TEXT_MAX),
    FOUNDING_YEAR(4);

    private final int maxLength;

    OrganizationField(int maxLength) {
        this.maxLength = maxLength;
    }

    /** The longest text the field holds. */
    public int maxLength() {
        return maxLength;
    }

    /** Whether the field may be emptied (every profile keeps a name). */
    public boolean mayBeEmpty() {
        return this != NAME;
    }

    Optional<String> readFrom(Organization organization) {
        return switch (this) {
            case NAME -> Optional.of(organization.getName());
            case MANDATE -> organization.getMandate();
            case MIGRATION_INVOLVEMENT -> organization.getMigrationInvolvement();
            case NOTES -> organization.getNotes();
            case FOUNDING_YEAR -> organization.getFoundingYear().map(String::valueOf);
        };
    }

    void writeTo(Organization organization, String value) {
        switch (this) {
            case NAME -> organization.rename(value);
            case MANDATE -> organization.reviseMandate(value);
            case MIGRATION_INVOLVEMENT -> organization.reviseMigrationInvolvement(value);
            case NOTES -> organization.reviseNotes(value);
            case FOUNDING_YEAR -> organization.reviseFoundingYear(value == null ? null : Integer.valueOf(value));
        }
    }
}
