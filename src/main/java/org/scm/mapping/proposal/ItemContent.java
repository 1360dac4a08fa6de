package org.scm.mapping.proposal;

import java.util.List;

/**
 * What an item proposes, already checked by {@link ItemValidator}: the target, the new value and
 * the evidence. Which fields are used depends on the kind:
 * CELL_LEVEL (organizationCode, themeNumber, proposedValue = level name, proposedNote),
 * ORGANIZATION_FIELD (organizationCode, field, proposedValue = new text; digits for FOUNDING_YEAR),
 * NEW_ORGANIZATION (organizationCode = new code, newName, newCategory, newFoundingYear, newInMatrix),
 * NEW_THEME (newName = title).
 */
public record ItemContent(ItemKind kind, String organizationCode, Integer themeNumber, OrganizationField field,
                          String proposedValue, String proposedNote, String newName, String newCategory,
                          Integer newFoundingYear, Boolean newInMatrix, String justification, List<Source> sources) {

    public ItemContent {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
