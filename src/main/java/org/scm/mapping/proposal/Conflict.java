package org.scm.mapping.proposal;

import org.scm.mapping.history.Revision;
import org.scm.mapping.organization.OrganizationField;

/**
 * An item whose base no longer matches its target: what the item was written against, what the
 * target holds now (for cells, level and note), what the item proposes, and the revision (and
 * proposal, if any) that changed it.
 */
public record Conflict(
        long item,
        ItemKind kind,
        String organization,
        Integer theme,
        OrganizationField field,
        String base,
        String baseNote,
        String current,
        String currentNote,
        String proposed,
        Long changedInRevision,
        Long changedByProposal) {

    static Conflict of(long item, Change change, Base base, Base current, Revision lastChange) {
        StoredChange target = change.stored();
        return new Conflict(
                item,
                change.kind(),
                target.organizationCode(),
                target.themeNumber(),
                target.field(),
                base.value(),
                base.note(),
                current.value(),
                current.note(),
                target.proposedValue(),
                lastChange == null ? null : lastChange.getId(),
                lastChange == null ? null : lastChange.getProposalId().orElse(null));
    }
}
