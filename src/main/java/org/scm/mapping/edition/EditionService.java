package org.scm.mapping.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.scm.mapping.history.EditionRevisions;
import org.scm.mapping.history.MappingLock;
import org.scm.mapping.history.PendingRevision;
import org.scm.mapping.history.RecordedAs;
import org.scm.mapping.history.RevisionChain;
import org.scm.mapping.platform.InvalidInputException;
import org.scm.mapping.platform.Reading;
import org.scm.mapping.platform.UnknownEntityException;

/**
 * Edition lookups and the edition cycle: open (call for proposals), freeze (review only), publish.
 * One edition at a time is in progress (open or frozen); each step is a revision of its own. Also
 * tells history which revision an edition stands at, and the proposal feature whether proposals may be
 * submitted now.
 */
@ApplicationScoped
public class EditionService implements EditionRevisions {

    @Inject
    Reading reading;

    @Inject
    PendingRevision pendingRevision;

    @Inject
    RevisionChain chain;

    @PersistenceContext(unitName = "scm")
    EntityManager entityManager;

    @Inject
    Event<EditionEvent> events;

    Clock clock = Clock.systemUTC();

    public List<EditionView> list() {
        return reading
                .read(reader ->
                        reader.createNamedQuery(Edition.ALL, Edition.class).getResultList())
                .stream()
                .map(this::view)
                .toList();
    }

    public Optional<EditionView> edition(int year) {
        return reading.read(reader -> find(reader, year)).map(this::view);
    }

    @Override
    public Optional<Frozen> find(int year) {
        return reading.read(reader -> find(reader, year))
                .map(edition -> new Frozen(year, edition.getFrozenRevision().orElse(null)));
    }

    /**
     * Whether proposals may be submitted now: not while an edition is frozen. The proposal feature
     * asks this (or {@link #checkSubmissionsAllowed()}) when a proposal is submitted.
     */
    public boolean submissionsAllowed() {
        return frozenEdition().isEmpty();
    }

    /** @throws SubmissionsClosedException while an edition is frozen */
    public void checkSubmissionsAllowed() {
        frozenEdition().ifPresent(edition -> {
            throw new SubmissionsClosedException(edition.getYear());
        });
    }

    /**
     * Opens the edition of {@code year} for proposals.
     *
     * @throws IllegalEditionStepException when that year has an edition already or another edition is in progress
     * @throws InvalidInputException when the title is missing or too long, or the year is not after the last edition's
     */
    @Transactional
    @RecordedAs("edition opened")
    public EditionView open(int year, String title, String event, String place) {
        MappingLock.await(entityManager);
        find(entityManager, year).ifPresent(existing -> {
            throw new IllegalEditionStepException(
                    existing, "Edition " + year + " exists already (" + existing.getState() + ").");
        });
        inProgress(entityManager).ifPresent(current -> {
            throw new IllegalEditionStepException(
                    current,
                    "Edition " + current.getYear() + " is " + current.getState()
                            + ": publish it before opening another.");
        });
        List<Edition> all =
                entityManager.createNamedQuery(Edition.ALL, Edition.class).getResultList();
        if (!all.isEmpty() && all.get(all.size() - 1).getYear() >= year) {
            throw new InvalidInputException(
                    "year",
                    "after the last edition's year, " + all.get(all.size() - 1).getYear());
        }
        Edition edition;
        try {
            edition = new Edition(year, title);
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new InvalidInputException("title", "1 to 300 characters");
        }
        try {
            edition.describeEvent(event, place);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage().contains("event") ? "event" : "place", e.getMessage());
        }
        pendingRevision.because("Edition " + year + ": " + edition.getTitle());
        entityManager.persist(edition);
        return stepped(edition);
    }

    /** @throws IllegalEditionStepException unless the edition is open */
    @Transactional
    @RecordedAs("edition frozen")
    public EditionView freeze(int year) {
        MappingLock.await(entityManager);
        Edition edition = existing(year);
        edition.freeze();
        pendingRevision.because("Edition " + year);
        return stepped(edition);
    }

    /**
     * Publishes the edition at the last revision committed now: with the mapping lock held, every
     * approval that started before has committed.
     *
     * @throws IllegalEditionStepException unless the edition is frozen
     */
    @Transactional
    @RecordedAs("edition published")
    public EditionView publish(int year, String title, String notes) {
        MappingLock.await(entityManager);
        Edition edition = existing(year);
        long revision = entityManager
                .createQuery("select max(r.id) from Revision r", Long.class)
                .getSingleResult();
        try {
            edition.publish(revision, LocalDate.now(clock), title, notes);
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new InvalidInputException(
                    e.getMessage().startsWith("edition notes") ? "notes" : "title", e.getMessage());
        }
        pendingRevision.because("Edition " + year + " at revision " + revision);
        return stepped(edition);
    }

    /** Tells observers (in this transaction) that a step was taken; the edition's view. */
    private EditionView stepped(Edition edition) {
        events.fire(new EditionEvent(edition.getYear(), edition.getTitle(), edition.getState(), clock.instant()));
        return view(edition);
    }

    private Edition existing(int year) {
        return find(entityManager, year).orElseThrow(() -> new UnknownEntityException("edition", year));
    }

    private Optional<Edition> frozenEdition() {
        return reading.read(reader -> reader.createNamedQuery(Edition.IN_STATES, Edition.class)
                .setParameter("states", List.of(EditionState.FROZEN))
                .getResultStream()
                .findFirst());
    }

    private static Optional<Edition> inProgress(EntityManager entityManager) {
        return entityManager
                .createNamedQuery(Edition.IN_STATES, Edition.class)
                .setParameter("states", List.of(EditionState.OPEN, EditionState.FROZEN))
                .getResultStream()
                .findFirst();
    }

    private EditionView view(Edition edition) {
        String headHash = edition.getState() == EditionState.PUBLISHED
                ? edition.getFrozenRevision().flatMap(chain::hashOf).orElse(null)
                : null;
        return EditionView.of(edition, headHash);
    }

    private static Optional<Edition> find(EntityManager entityManager, int year) {
        return entityManager
                .createNamedQuery(Edition.BY_YEAR, Edition.class)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }
}
