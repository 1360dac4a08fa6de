package org.scm.mapping.proposal;

/**
 * An item whose base no longer matches its target: what the item was written against, what the
 * target holds now (for cells, level and note), what the item proposes, and the revision (and
 * proposal, if any) that changed it.
 */
public record Conflict(long item, ItemKind kind, String organization, Integer theme, OrganizationField field,
                       String base, String baseNote, String current, String currentNote, String proposed,
                       Long changedInRevision, Long changedByProposal) {
}
