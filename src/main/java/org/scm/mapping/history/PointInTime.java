package org.scm.mapping.history;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.envers.AuditReaderFactory;

/**
 * Which state of the mapping a read is about: the current one, a revision, or an edition (the
 * revision it froze at; an edition still open has none and reads the current state).
 *
 * @param edition the edition year asked for, or null
 * @param revision the revision whose state is read, or null for the current state
 * @param recordedAt when that revision was committed (UTC), or null for the current state
 */
public record PointInTime(Integer edition, Long revision, Instant recordedAt) {

    private static final PointInTime NOW = new PointInTime(null, null, null);

    public PointInTime {
        if ((revision == null) != (recordedAt == null)) {
            throw new IllegalArgumentException("a revision and its time go together");
        }
    }

    public static PointInTime now() {
        return NOW;
    }

    public static PointInTime ofRevision(long revision, Instant recordedAt) {
        return new PointInTime(null, revision, Objects.requireNonNull(recordedAt, "recordedAt"));
    }

    public static PointInTime ofEdition(int year, long revision, Instant recordedAt) {
        return new PointInTime(year, revision, Objects.requireNonNull(recordedAt, "recordedAt"));
    }

    /** An edition that has not frozen yet: its state is the current one. */
    public static PointInTime ofOpenEdition(int year) {
        return new PointInTime(year, null, null);
    }

    /** The revision to read with Envers; empty when the current tables are read. */
    public Optional<Long> pastRevision() {
        return Optional.ofNullable(revision);
    }

    /**
     * Every entity of an audited type in this state: the current rows, read with the named query
     * {@code currentQuery}, or for a past revision the audit rows valid at it, read with Envers.
     */
    public <T> List<T> readAll(EntityManager entityManager, Class<T> type, String currentQuery) {
        if (revision == null) {
            return entityManager.createNamedQuery(currentQuery, type).getResultList();
        }
        return AuditReaderFactory.get(entityManager)
                .createQuery()
                .forEntitiesAtRevision(type, revision)
                .getResultList()
                .stream()
                .map(type::cast)
                .toList();
    }
}
