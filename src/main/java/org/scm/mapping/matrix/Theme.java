package org.scm.mapping.matrix;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.envers.Audited;

/** One of the annex's numbered issues, e.g. "4. Remittances": a row of the matrix. */
@Entity
@Table(name = "theme")
@Audited
@NamedQuery(name = Theme.ALL, query = "select t from Theme t order by t.number")
@NamedQuery(name = Theme.BY_NUMBER, query = "select t from Theme t where t.number = :number")
public class Theme {

    public static final String ALL = "Theme.all";
    public static final String BY_NUMBER = "Theme.byNumber";

    static final int TITLE_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "number", nullable = false, unique = true)
    private int number;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Theme() {
        // for JPA
    }

    /** The theme with this number, read through {@code entityManager}. */
    public static Optional<Theme> find(EntityManager entityManager, int number) {
        return entityManager
                .createNamedQuery(BY_NUMBER, Theme.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    public Theme(int number, String title) {
        if (number < 1) {
            throw new IllegalArgumentException("theme number must be 1 or more, was " + number);
        }
        Objects.requireNonNull(title, "title");
        if (title.isBlank() || title.length() > TITLE_MAX) {
            throw new IllegalArgumentException("theme title must have 1 to " + TITLE_MAX + " characters");
        }
        this.number = number;
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Theme theme && number == theme.getNumber();
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(number);
    }

    @Override
    public String toString() {
        return "Theme " + number;
    }
}
