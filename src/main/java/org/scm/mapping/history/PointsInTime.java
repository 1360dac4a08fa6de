package org.scm.mapping.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.stream.Stream;
import org.scm.mapping.platform.InvalidInputException;
import org.scm.mapping.platform.Reading;
import org.scm.mapping.platform.UnknownEntityException;

/**
 * Turns what a read asks for (an edition year, a revision number, a moment, or nothing) into a
 * {@link PointInTime}.
 */
@ApplicationScoped
public class PointsInTime {

    /** What {@code ?at=} means, for the API documentation of every read that takes it. */
    public static final String AT = "as at this moment: an ISO date (the end of that day, UTC) or date-time "
            + "(e.g. 2024-03-31T12:00:00Z); before the first revision: 404";

    @Inject
    Reading reading;

    @Inject
    EditionRevisions editions;

    /**
     * The state asked for by an optional edition year, revision number or moment ({@code ?at=}, see
     * {@link Moment}); at most one of them; none means the current state.
     *
     * @throws InvalidInputException when more than one is given or the moment is not a date or date-time
     * @throws UnknownEntityException when the edition or the revision does not exist, or the moment is
     *     before the first revision
     */
    public PointInTime resolve(Integer edition, Long revision, String at) {
        if (Stream.of(edition, revision, at).filter(given -> given != null).count() > 1) {
            throw new InvalidInputException("at", "ask for one of edition, revision or at, not several");
        }
        if (edition != null) {
            return atEdition(edition);
        }
        if (revision != null) {
            return atRevision(revision);
        }
        return at != null ? at(Moment.parse(at, "at")) : PointInTime.now();
    }

    /** The state at a moment: that of the last revision recorded at or before it. */
    public PointInTime at(Moment moment) {
        long number = reading.read(entityManager -> lastRevisionAt(entityManager, moment))
                .orElseThrow(() -> new UnknownEntityException("state of the mapping at", moment.text()));
        return atRevision(number);
    }

    PointInTime atEdition(int year) {
        EditionRevisions.Frozen edition =
                editions.find(year).orElseThrow(() -> new UnknownEntityException("edition", year));
        if (edition.revision() == null) {
            return PointInTime.ofOpenEdition(year);
        }
        return PointInTime.ofEdition(
                year, edition.revision(), revision(edition.revision()).getTimestamp());
    }

    PointInTime atRevision(long number) {
        return PointInTime.ofRevision(number, revision(number).getTimestamp());
    }

    private Revision revision(long number) {
        return reading.read(entityManager -> find(entityManager, number))
                .orElseThrow(() -> new UnknownEntityException("revision", number));
    }

    private static Optional<Revision> find(EntityManager entityManager, long number) {
        return Optional.ofNullable(entityManager.find(Revision.class, number));
    }

    private static Optional<Long> lastRevisionAt(EntityManager entityManager, Moment moment) {
        return Optional.ofNullable(entityManager
                .createQuery("select max(r.id) from Revision r where r.timestamp <= :last", Long.class)
                .setParameter("last", moment.lastMillis())
                .getSingleResult());
    }
}
