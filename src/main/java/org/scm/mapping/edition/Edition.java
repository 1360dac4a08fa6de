package org.scm.mapping.edition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.envers.Audited;

/**
 * A citable state of the mapping, identified by its year. Once frozen it names the revision whose
 * state it is; the mapping "as in edition N" is the audited data at that revision.
 */
@Entity
@Table(name = "edition")
@Audited
@NamedQuery(name = Edition.ALL, query = "select e from Edition e order by e.year")
@NamedQuery(name = Edition.BY_YEAR, query = "select e from Edition e where e.year = :year")
@NamedQuery(name = Edition.IN_STATES, query = "select e from Edition e where e.state in :states order by e.year")
public class Edition {

    public static final String ALL = "Edition.all";
    public static final String BY_YEAR = "Edition.byYear";
    public static final String IN_STATES = "Edition.inStates";

    static final int TITLE_MAX = 300;
    static final int NOTES_MAX = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "year", nullable = false, unique = true)
    private int year;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "event", length = 300)
    private String event;

    @Column(name = "place", length = 200)
    private String place;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private EditionState state;

    @Column(name = "notes", columnDefinition = "text")
    private String notes;

    /** A revision number ({@code revision.id}); kept as a number so that editions stay plain audited data. */
    @Column(name = "frozen_revision")
    private Long frozenRevision;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Edition() {
        // for JPA
    }

    /** A new edition, open for proposals. */
    public Edition(int year, String title) {
        if (year < 1) {
            throw new IllegalArgumentException("edition year must be positive, was " + year);
        }
        this.year = year;
        this.title = checkTitle(title);
        this.state = EditionState.OPEN;
    }

    /** The meeting the edition is prepared for and where it takes place; null or blank for none. */
    public void describeEvent(String event, String place) {
        this.event = limited(event, "event", 300);
        this.place = limited(place, "place", 200);
    }

    /** Closes the call for proposals: submitted proposals are still reviewed, new ones wait. */
    public void freeze() {
        requireState(EditionState.OPEN, EditionStep.FREEZE);
        this.state = EditionState.FROZEN;
    }

    /**
     * Publishes the edition: from now on it is the mapping as at {@code revision}, and it never
     * changes again.
     *
     * @param title a final title, or null to keep the one it was opened with
     * @param notes what the edition says about itself, or null
     */
    public void publish(long revision, LocalDate on, String title, String notes) {
        requireState(EditionState.FROZEN, EditionStep.PUBLISH);
        if (notes != null && notes.length() > NOTES_MAX) {
            throw new IllegalArgumentException("edition notes longer than " + NOTES_MAX + " characters");
        }
        this.title = title == null ? this.title : checkTitle(title);
        this.notes = notes == null || notes.isBlank() ? null : notes;
        this.frozenRevision = revision;
        this.publishedOn = Objects.requireNonNull(on, "on");
        this.state = EditionState.PUBLISHED;
    }

    /** Whether proposals may be submitted while this edition is in its current state. */
    public boolean acceptsSubmissions() {
        return state != EditionState.FROZEN;
    }

    private void requireState(EditionState required, EditionStep step) {
        if (state != required) {
            throw new IllegalEditionStepException(
                    this, "Edition " + year + " is " + state + " and cannot " + step.pathName() + ".");
        }
    }

    private static String limited(String text, String what, int max) {
        if (text != null && text.length() > max) {
            throw new IllegalArgumentException("edition " + what + " longer than " + max + " characters");
        }
        return text == null || text.isBlank() ? null : text;
    }

    static String checkTitle(String title) {
        Objects.requireNonNull(title, "title");
        if (title.isBlank() || title.length() > TITLE_MAX) {
            throw new IllegalArgumentException("edition title must have 1 to " + TITLE_MAX + " characters");
        }
        return title;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public Optional<String> getEvent() {
        return Optional.ofNullable(event);
    }

    public Optional<String> getPlace() {
        return Optional.ofNullable(place);
    }

    public Optional<LocalDate> getPublishedOn() {
        return Optional.ofNullable(publishedOn);
    }

    public Optional<String> getNotes() {
        return Optional.ofNullable(notes);
    }

    public EditionState getState() {
        return state;
    }

    /** The revision the edition froze at; empty while it is open. */
    public Optional<Long> getFrozenRevision() {
        return Optional.ofNullable(frozenRevision);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Edition edition && year == edition.getYear();
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(year);
    }

    @Override
    public String toString() {
        return "Edition " + year + " (" + state + ")";
    }
}
