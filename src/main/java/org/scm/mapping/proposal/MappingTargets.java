package org.scm.mapping.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.function.Function;
import org.scm.mapping.history.LastChange;
import org.scm.mapping.history.Revision;
import org.scm.mapping.matrix.Involvement;
import org.scm.mapping.matrix.Theme;
import org.scm.mapping.organization.Organization;

/**
 * What items point at in the current mapping, read in the caller's transaction: organizations,
 * themes and cells, their current values (what an item's base is compared with), and the revision
 * that last changed a value.
 */
@ApplicationScoped
public class MappingTargets {

    /** Key of the PostgreSQL advisory lock that makes approvals apply one at a time. */
    static final long APPROVAL_LOCK = 0x53434d_415050L;

    @PersistenceContext(unitName = "scm")
    EntityManager entityManager;

    /**
     * Waits until no other approval is applying, and holds the lock until this transaction ends.
     * Taken before anything else is read, so that what the approval then reads is what the previous
     * approval committed: bases are compared with current values and new rows and columns are added
     * without a race, and no two approvals can deadlock on the rows they change.
     */
    void awaitTurnToApply() {
        entityManager.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) turn")
                .setParameter(1, APPROVAL_LOCK).getSingleResult();
    }

    /** The last revision of the mapping: what a new item's base is written against. */
    public long currentRevision() {
        Long last = entityManager.createQuery("select max(r.id) from Revision r", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }

    public Optional<Organization> organization(String code) {
        return entityManager.createNamedQuery(Organization.BY_CODE, Organization.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public Optional<Theme> theme(int number) {
        return entityManager.createNamedQuery(Theme.BY_NUMBER, Theme.class)
                .setParameter("number", number).getResultStream().findFirst();
    }

    public Optional<Involvement> cell(String organization, int theme) {
        return entityManager.createNamedQuery(Involvement.CELL, Involvement.class)
                .setParameter("organization", organization).setParameter("theme", theme)
                .getResultStream().findFirst();
    }

    /** The base a new or rebased item records: its target's value now, and the revision now. */
    ProposalItem.Base baseFor(ItemContent content) {
        return current(content, currentRevision());
    }

    /** The current value of the item's target as a base at {@code revision}; empty values for new things. */
    ProposalItem.Base current(ItemContent content, long revision) {
        return switch (content.kind()) {
            case CELL_LEVEL -> cell(content.organizationCode(), content.themeNumber())
                    .map(cell -> cellValue(cell, revision))
                    .orElse(new ProposalItem.Base(null, null, revision));
            case ORGANIZATION_FIELD -> new ProposalItem.Base(organization(content.organizationCode())
                    .flatMap(organization -> OrganizationFields.read(organization, content.field())).orElse(null),
                    null, revision);
            case NEW_ORGANIZATION, NEW_THEME -> new ProposalItem.Base(null, null, revision);
        };
    }

    private static ProposalItem.Base cellValue(Involvement cell, long revision) {
        return new ProposalItem.Base(cell.getLevel().name(), cell.getNote().orElse(null), revision);
    }

    /**
     * The revision that last changed the item's target value (not merely the entity: a revision that
     * changed another field of the organization does not count), with the proposal it applied.
     */
    Optional<Revision> lastChange(ItemContent content) {
        return switch (content.kind()) {
            case CELL_LEVEL -> cell(content.organizationCode(), content.themeNumber()).flatMap(cell ->
                    lastChange(Involvement.class, cell.getId(), at -> cellValue(at, 0)));
            case ORGANIZATION_FIELD -> organization(content.organizationCode()).flatMap(organization ->
                    lastChange(Organization.class, organization.getId(),
                            at -> OrganizationFields.read(at, content.field()).orElse(null)));
            case NEW_ORGANIZATION, NEW_THEME -> Optional.empty();
        };
    }

    private <T> Optional<Revision> lastChange(Class<T> type, Object id, Function<T, Object> value) {
        return LastChange.of(entityManager, type, id, value);
    }
}
