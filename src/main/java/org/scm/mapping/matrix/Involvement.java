package org.scm.mapping.matrix;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.scm.mapping.organization.Organization;

/** One cell of the matrix: how much an organization is involved in a theme, with an optional note. */
@Entity
@Table(name = "involvement", uniqueConstraints = @UniqueConstraint(columnNames = {"organization_id", "theme_id"}))
@Audited
@NamedQuery(name = Involvement.ALL, query = """
        select i from Involvement i join fetch i.organization join fetch i.theme""")
@NamedQuery(name = Involvement.CELL, query = """
        select i from Involvement i join fetch i.organization o join fetch i.theme t
        where o.code = :organization and t.number = :theme""")
public class Involvement {

    public static final String ALL = "Involvement.all";
    public static final String CELL = "Involvement.cell";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "theme_id", nullable = false)
    private Theme theme;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 10)
    private Level level;

    @Column(name = "note", columnDefinition = "text")
    private String note;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Involvement() {
        // for JPA
    }

    /** The cell of an organization and a theme, read through {@code entityManager}. */
    public static Optional<Involvement> find(EntityManager entityManager, String organization, int theme) {
        return entityManager
                .createNamedQuery(CELL, Involvement.class)
                .setParameter("organization", organization)
                .setParameter("theme", theme)
                .getResultStream()
                .findFirst();
    }

    public Involvement(Organization organization, Theme theme, Level level) {
        this.organization = Objects.requireNonNull(organization, "organization");
        this.theme = Objects.requireNonNull(theme, "theme");
        this.level = Objects.requireNonNull(level, "level");
    }

    /** A new assessment of the cell: its level and the note that goes with it (null for none). */
    public void assess(Level level, String note) {
        this.level = Objects.requireNonNull(level, "level");
        this.note = note == null || note.isBlank() ? null : note;
    }

    public Long getId() {
        return id;
    }

    public Organization getOrganization() {
        return organization;
    }

    public Theme getTheme() {
        return theme;
    }

    public Level getLevel() {
        return level;
    }

    public Optional<String> getNote() {
        return Optional.ofNullable(note);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof Involvement cell
                        && organization.equals(cell.getOrganization())
                        && theme.equals(cell.getTheme());
    }

    @Override
    public int hashCode() {
        return Objects.hash(organization, theme);
    }

    @Override
    public String toString() {
        return "Involvement " + organization.getCode() + " × " + theme.getNumber() + " = " + level;
    }
}
