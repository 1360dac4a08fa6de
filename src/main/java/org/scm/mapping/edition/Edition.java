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
public class Edition {

    public static final String ALL = "Edition.all";
    public static final String BY_YEAR = "Edition.byYear";

    static final int TITLE_MAX = 300;

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
        Objects.requireNonNull(title, "title");
        if (title.isBlank() || title.length() > TITLE_MAX) {
            throw new IllegalArgumentException("edition title must have 1 to " + TITLE_MAX + " characters");
        }
        this.year = year;
        this.title = title;
        this.state = EditionState.OPEN;
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
