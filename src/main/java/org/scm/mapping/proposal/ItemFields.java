package org.scm.mapping.proposal;

import org.scm.mapping.organization.OrganizationField;

/**
 * The target and new value of an item as the API shows them; each kind fills the fields it uses
 * (the same names as in {@link ItemInput}).
 */
public record ItemFields(
        String organization,
        Integer theme,
        OrganizationField field,
        String level,
        String note,
        String text,
        String name,
        String category,
        Integer foundingYear,
        Boolean inMatrix) {

    static ItemFields none() {
        return new ItemFields(null, null, null, null, null, null, null, null, null, null);
    }
}
