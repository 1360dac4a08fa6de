package org.scm.mapping.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.scm.mapping.platform.InvalidInputException;
import org.scm.mapping.platform.Reading;
import org.scm.mapping.platform.UnknownEntityException;

/** Turns what a read asks for (an edition year, a revision number, or nothing) into a {@link PointInTime}. */
@ApplicationScoped
public class PointsInTime {

    @Inject
    Reading reading;

    @Inject
    EditionRevisions editions;

    /**
     * The state asked for by an optional edition year or revision number (at most one of them);
     * neither means the current state.
     *
     * @throws UnknownEntityException when the edition or the revision does not exist
     */
    public PointInTime resolve(Integer edition, Long revision) {
        if (edition != null && revision != null) {
            throw new InvalidInputException("revision", "ask for an edition or a revision, not both");
        }
        if (edition == null && revision == null) {
            return PointInTime.now();
        }
        return edition != null ? atEdition(edition) : atRevision(revision);
    }

    private PointInTime atEdition(int year) {
        EditionRevisions.Frozen edition = editions.find(year)
                .orElseThrow(() -> new UnknownEntityException("edition", year));
        if (edition.revision() == null) {
            return PointInTime.ofOpenEdition(year);
        }
        return PointInTime.ofEdition(year, edition.revision(), revision(edition.revision()).getTimestamp());
    }

    private PointInTime atRevision(long number) {
        return PointInTime.ofRevision(number, revision(number).getTimestamp());
    }

    private Revision revision(long number) {
        return reading.read(entityManager -> find(entityManager, number))
                .orElseThrow(() -> new UnknownEntityException("revision", number));
    }

    private static Optional<Revision> find(EntityManager entityManager, long number) {
        return Optional.ofNullable(entityManager.find(Revision.class, number));
    }
}
