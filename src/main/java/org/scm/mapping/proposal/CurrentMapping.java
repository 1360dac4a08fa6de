package org.scm.mapping.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
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

    @PersistenceContext(unitName = "scm")
    EntityManager entityManager;

    /** The last revision of the mapping. */
    public long latestRevision() {
        Long last = entityManager
                .createQuery("select max(r.id) from Revision r", Long.class)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    public Optional<Organization> organization(String code) {
        return Organization.find(entityManager, code);
    }

    public Optional<Theme> theme(int number) {
        return Theme.find(entityManager, number);
    }

    public Optional<Involvement> cell(String organization, int theme) {
        return Involvement.find(entityManager, organization, theme);
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
