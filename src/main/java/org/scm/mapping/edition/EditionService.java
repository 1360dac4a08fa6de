package org.scm.mapping.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.scm.mapping.history.EditionRevisions;
import org.scm.mapping.platform.Reading;

/** Edition lookups; also tells history which revision an edition froze at. */
@ApplicationScoped
public class EditionService implements EditionRevisions {

    @Inject
    Reading reading;

    public List<Edition> list() {
        return reading.read(entityManager -> entityManager.createNamedQuery(Edition.ALL, Edition.class).getResultList());
    }

    public Optional<Edition> edition(int year) {
        return reading.read(entityManager -> find(entityManager, year));
    }

    @Override
    public Optional<Frozen> find(int year) {
        return edition(year).map(edition -> new Frozen(year, edition.getFrozenRevision().orElse(null)));
    }

    private static Optional<Edition> find(EntityManager entityManager, int year) {
        return entityManager.createNamedQuery(Edition.BY_YEAR, Edition.class)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }
}
