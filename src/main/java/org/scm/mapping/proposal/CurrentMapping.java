package org.scm.mapping.proposal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.scm.mapping.history.LastChange;
import org.scm.mapping.history.Revision;
import org.scm.mapping.matrix.Involvement;
import org.scm.mapping.matrix.Theme;
import org.scm.mapping.organization.Organization;

/**
 * The mapping as items see it inside the caller's transaction: what they point at, the latest
 * revision (what a new base is written against), and where structural changes go.
 */
@ApplicationScoped
public class CurrentMapping {

    private static final String ORGANIZATIONS = CurrentMapping.class.getName() + ".organizations";
    private static final String CELLS = CurrentMapping.class.getName() + ".cells";

    @PersistenceContext(unitName = "scm")
    EntityManager entityManager;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** The last revision of the mapping. */
    public long latestRevision() {
        Long last = entityManager
                .createQuery("select max(r.id) from Revision r", Long.class)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    public Optional<Organization> organization(String code) {
        Organization known = this.<Organization>loaded(ORGANIZATIONS).get(code);
        return known != null ? Optional.of(known) : Organization.find(entityManager, code);
    }

    public Optional<Theme> theme(int number) {
        return Theme.find(entityManager, number);
    }

    public Optional<Involvement> cell(String organization, int theme) {
        Involvement known = this.<Involvement>loaded(CELLS).get(organization + "/" + theme);
        return known != null ? Optional.of(known) : Involvement.find(entityManager, organization, theme);
    }

    /**
     * Loads the organizations and cells these changes point at, two queries whatever their number, and keeps
     * them for the rest of the transaction: checking and applying a proposal's items then sends no query per
     * item, and their writes leave in JDBC batches at the flush (persistence.xml) instead of one by one
     * before each query. Entities are the managed ones, so a change applied earlier is seen by a later one.
     */
    void load(List<Change> changes) {
        if (transaction.getTransactionKey() == null) {
            return;
        }
        Set<String> codes = new HashSet<>();
        Set<Integer> themes = new HashSet<>();
        for (Change change : changes) {
            if (change instanceof CellLevelChange cell) {
                codes.add(cell.organization());
                themes.add(cell.theme());
            } else if (change instanceof ProfileFieldChange profile) {
                codes.add(profile.organization());
            }
        }
        if (codes.isEmpty()) {
            return;
        }
        Map<String, Organization> organizations = loaded(ORGANIZATIONS);
        entityManager
                .createQuery("select o from Organization o where o.code in :codes", Organization.class)
                .setParameter("codes", codes)
                .getResultList()
                .forEach(organization -> organizations.put(organization.getCode(), organization));
        if (themes.isEmpty()) {
            return;
        }
        Map<String, Involvement> cells = loaded(CELLS);
        entityManager
                .createQuery(
                        "select i from Involvement i join fetch i.organization o join fetch i.theme t"
                                + " where o.code in :codes and t.number in :themes",
                        Involvement.class)
                .setParameter("codes", codes)
                .setParameter("themes", themes)
                .getResultList()
                .forEach(cell -> cells.put(
                        cell.getOrganization().getCode() + "/" + cell.getTheme().getNumber(), cell));
    }

    /** What {@link #load} kept in this transaction (empty outside one). */
    @SuppressWarnings("unchecked")
    private <T> Map<String, T> loaded(String name) {
        if (transaction.getTransactionKey() == null) {
            return new HashMap<>();
        }
        Map<String, T> kept = (Map<String, T>) transaction.getResource(name);
        if (kept == null) {
            kept = new HashMap<>();
            transaction.putResource(name, kept);
        }
        return kept;
    }

    /** The revision that last changed {@code value} of an audited entity. */
    <T> Optional<Revision> lastChange(Class<T> type, Object id, Function<T, Object> value) {
        return LastChange.of(entityManager, type, id, value);
    }

    /** An audited entity as it stood at {@code revision}; empty when it did not exist then. */
    <T> Optional<T> asAt(Class<T> type, Object id, long revision) {
        return Optional.ofNullable(AuditReaderFactory.get(entityManager).find(type, id, revision));
    }

    /** The revision that applied an approved proposal. */
    Optional<Long> revisionApplying(long proposal) {
        return entityManager
                .createQuery("select r.id from Revision r where r.proposalId = :proposal", Long.class)
                .setParameter("proposal", proposal)
                .getResultStream()
                .findFirst();
    }

    /** The position a new matrix column takes: after the last one. */
    int nextColumn() {
        Integer last = entityManager
                .createQuery("select max(o.matrixPosition) from Organization o", Integer.class)
                .getSingleResult();
        return last == null ? 1 : last + 1;
    }

    /** The number a new theme takes: after the last one. */
    int nextThemeNumber() {
        Integer last = entityManager
                .createQuery("select max(t.number) from Theme t", Integer.class)
                .getSingleResult();
        return last == null ? 1 : last + 1;
    }

    List<Theme> themes() {
        return entityManager.createNamedQuery(Theme.ALL, Theme.class).getResultList();
    }

    List<Organization> columns() {
        return entityManager
                .createQuery("select o from Organization o where o.matrixPosition is not null", Organization.class)
                .getResultList();
    }

    void add(Object entity) {
        entityManager.persist(entity);
    }
}
