package org.scm.mapping.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.scm.mapping.platform.InvalidInputException;
import java.util.List;
import java.util.Optional;
import org.scm.mapping.history.Revision;
import org.scm.mapping.platform.Reading;
import org.scm.mapping.platform.UnknownEntityException;

/** Edition lookups, and which state of the mapping an edition or a revision stands for. */
@ApplicationScoped
public class EditionService {

    @Inject
    Reading reading;

    public List<Edition> list() {
        return reading.read(entityManager -> entityManager.createNamedQuery(Edition.ALL, Edition.class).getResultList());
    }

    public Optional<Edition> find(int year) {
        return reading.read(entityManager -> find(entityManager, year));
    }

    /**
     * The state asked for by an optional edition year or revision number (at most one of them);
     * neither means the current state.
     *
     * @throws UnknownEntityException when the edition or the revision does not exist
     */
    public PointInTime pointInTime(Integer edition, Long revision) {
        if (edition != null && revision != null) {
            throw new InvalidInputException("revision", "ask for an edition or a revision, not both");
        }
        if (edition == null && revision == null) {
            return PointInTime.now();
        }
        return reading.read(entityManager -> edition != null
                ? atEdition(entityManager, edition)
                : atRevision(entityManager, revision));
    }

    private static PointInTime atEdition(EntityManager entityManager, int year) {
        Edition edition = find(entityManager, year).orElseThrow(() -> new UnknownEntityException("edition", year));
        return edition.getFrozenRevision()
                .map(revision -> PointInTime.ofEdition(year, revision, revision(entityManager, revision).getTimestamp()))
                .orElseGet(() -> PointInTime.ofOpenEdition(year));
    }

    private static PointInTime atRevision(EntityManager entityManager, long number) {
        return PointInTime.ofRevision(number, revision(entityManager, number).getTimestamp());
    }

    private static Revision revision(EntityManager entityManager, long number) {
        return Optional.ofNullable(entityManager.find(Revision.class, number))
                .orElseThrow(() -> new UnknownEntityException("revision", number));
    }

    private static Optional<Edition> find(EntityManager entityManager, int year) {
        return entityManager.createNamedQuery(Edition.BY_YEAR, Edition.class)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }
}
