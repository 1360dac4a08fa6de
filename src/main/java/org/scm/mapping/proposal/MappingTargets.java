package org.scm.mapping.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.AuditReaderFactory;
import org.scm.mapping.history.Revision;
import org.scm.mapping.matrix.Involvement;
import org.scm.mapping.matrix.Theme;
import org.scm.mapping.organization.Organization;

/**
 * What items point at in the current mapping, read in the caller's transaction: organizations,
 * themes and cells, their current values (what an item's base is compared with), locks for
 * approval, and who changed them last.
 */
@ApplicationScoped
public class MappingTargets {

    @PersistenceContext(unitName = "scm")
    EntityManager entityManager;

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
        return new ProposalItem.Base(currentValue(content).orElse(null), currentRevision());
    }

    /** The current value of the item's target, in the form items store it; empty for new things. */
    Optional<String> currentValue(ItemContent content) {
        return switch (content.kind()) {
            case CELL_LEVEL -> cell(content.organizationCode(), content.themeNumber()).map(cell -> cell.getLevel().name());
            case ORGANIZATION_FIELD -> organization(content.organizationCode())
                    .flatMap(organization -> OrganizationFields.read(organization, content.field()));
            case NEW_ORGANIZATION, NEW_THEME -> Optional.empty();
        };
    }

    /**
     * Locks the rows the accepted items will change, in one global order (cells, then organizations,
     * each by key) so that concurrent approvals wait for each other instead of deadlocking. Once
     * locked, the values read are the committed ones.
     */
    void lockTargets(List<ItemContent> contents) {
        contents.stream()
                .filter(content -> content.kind() == ItemKind.CELL_LEVEL)
                .map(content -> new CellKey(content.organizationCode(), content.themeNumber()))
                .distinct().sorted()
                .forEach(cell -> entityManager.createQuery("""
                                select i from Involvement i
                                where i.organization.code = :organization and i.theme.number = :theme""",
                                Involvement.class)
                        .setParameter("organization", cell.organization()).setParameter("theme", cell.theme())
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList());
        contents.stream()
                .filter(content -> content.kind() == ItemKind.ORGANIZATION_FIELD)
                .map(ItemContent::organizationCode).distinct().sorted()
                .forEach(code -> entityManager.createNamedQuery(Organization.BY_CODE, Organization.class)
                        .setParameter("code", code).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList());
    }

    private record CellKey(String organization, int theme) implements Comparable<CellKey> {

        @Override
        public int compareTo(CellKey other) {
            int byOrganization = organization.compareTo(other.organization);
            return byOrganization != 0 ? byOrganization : Integer.compare(theme, other.theme);
        }
    }

    /** The revision that last changed the item's target, and the proposal it applied, if any. */
    Optional<Revision> lastChange(ItemContent content) {
        Optional<?> entity = switch (content.kind()) {
            case CELL_LEVEL -> cell(content.organizationCode(), content.themeNumber());
            case ORGANIZATION_FIELD -> organization(content.organizationCode());
            case NEW_ORGANIZATION, NEW_THEME -> Optional.empty();
        };
        return entity.flatMap(this::lastRevisionOf);
    }

    private Optional<Revision> lastRevisionOf(Object entity) {
        Object id = entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
        List<Number> revisions = AuditReaderFactory.get(entityManager).getRevisions(entity.getClass(), id);
        return revisions.isEmpty()
                ? Optional.empty()
                : Optional.ofNullable(entityManager.find(Revision.class, revisions.get(revisions.size() - 1).longValue()));
    }
}
