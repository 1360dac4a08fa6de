package org.scm.mapping.proposal;

import java.util.Optional;
import org.scm.mapping.organization.Organization;

/** Reads and replaces the profile fields that proposals may change, as text. */
final class OrganizationFields {

    private OrganizationFields() {
    }

    static Optional<String> read(Organization organization, OrganizationField field) {
        return switch (field) {
            case NAME -> Optional.of(organization.getName());
            case MANDATE -> organization.getMandate();
            case MIGRATION_INVOLVEMENT -> organization.getMigrationInvolvement();
            case NOTES -> organization.getNotes();
            case FOUNDING_YEAR -> organization.getFoundingYear().map(String::valueOf);
        };
    }

    static void replace(Organization organization, OrganizationField field, String value) {
        switch (field) {
            case NAME -> organization.rename(value);
            case MANDATE -> organization.reviseMandate(value);
            case MIGRATION_INVOLVEMENT -> organization.reviseMigrationInvolvement(value);
            case NOTES -> organization.reviseNotes(value);
            case FOUNDING_YEAR -> organization.reviseFoundingYear(value == null ? null : Integer.valueOf(value));
        }
    }
}
