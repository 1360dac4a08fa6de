package org.scm.mapping.proposal;

import org.scm.mapping.organization.OrganizationField;

/**
 * The columns of {@code proposal_item} that hold a change; which ones a kind uses is the kind's
 * business ({@link Change#stored()} and its kind's reader).
 */
public record StoredChange(
        ItemKind kind,
        String organizationCode,
        Integer themeNumber,
        OrganizationField field,
        String proposedValue,
        String proposedNote,
        String newName,
        String newCategory,
        Integer newFoundingYear,
        Boolean newInMatrix) {

    static StoredChange of(ItemKind kind) {
        return new StoredChange(kind, null, null, null, null, null, null, null, null, null);
    }

    Change load() {
        return kind.load(this);
    }
}
