package org.scm.mapping.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.envers.Audited;

/**
 * An international organization or mechanism profiled in the mapping. Its {@code code} is stable and
 * identifies it everywhere (URLs, proposals, history); organizations in the annex also have a matrix
 * column: a position and the label printed above it (e.g. {@code OMPI} for WIPO).
 */
@Entity
@Table(name = "organization")
@Audited
@NamedQuery(name = Organization.ALL, query = "select o from Organization o")
@NamedQuery(name = Organization.BY_CODE, query = "select o from Organization o where o.code = :code")
public class Organization {

    public static final String ALL = "Organization.all";
    public static final String BY_CODE = "Organization.byCode";

    /** Matrix columns first, in column order, then the organizations outside the matrix by code. */
    public static final Comparator<Organization> MATRIX_ORDER = Comparator.comparing(
                    Organization::getMatrixPosition, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Organization::getCode);

    static final int CODE_MAX = 40;
    static final int NAME_MAX = 300;
    static final int LABEL_MAX = 40;
    static final int TEXT_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = CODE_MAX)
    private String code;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "acronym_es", length = 40)
    private String acronymEs;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 40)
    private Category category;

    @Column(name = "founding_year")
    private Integer foundingYear;

    @Column(name = "mandate", columnDefinition = "text")
    private String mandate;

    @Column(name = "migration_involvement", columnDefinition = "text")
    private String migrationInvolvement;

    @Column(name = "notes", columnDefinition = "text")
    private String notes;

    @Column(name = "matrix_position", unique = true)
    private Integer matrixPosition;

    @Column(name = "matrix_label", unique = true, length = LABEL_MAX)
    private String matrixLabel;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** The organization with this code, read through {@code entityManager}. */
    public static Optional<Organization> find(EntityManager entityManager, String code) {
        return entityManager
                .createNamedQuery(BY_CODE, Organization.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    protected Organization() {
        // for JPA
    }

    public Organization(String code, String name, Category category) {
        this.code = requireText(code, "code", CODE_MAX);
        this.name = requireText(name, "name", NAME_MAX);
        this.category = Objects.requireNonNull(category, "category");
    }

    /** Makes the organization a column of the matrix, at {@code position} (1-based) under {@code label}. */
    public void placeInMatrix(int position, String label) {
        if (position < 1) {
            throw new IllegalArgumentException("matrix position must be 1 or more, was " + position);
        }
        this.matrixPosition = position;
        this.matrixLabel = requireText(label, "matrix label", LABEL_MAX);
    }

    public void rename(String name) {
        this.name = requireText(name, "name", NAME_MAX);
    }

    /** The profile's text on the organization's mandate and nature; null or blank removes it. */
    public void reviseMandate(String mandate) {
        this.mandate = blankToNull(mandate);
    }

    /** The profile's text on its migration-related activities; null or blank removes it. */
    public void reviseMigrationInvolvement(String migrationInvolvement) {
        this.migrationInvolvement = blankToNull(migrationInvolvement);
    }

    public void reviseNotes(String notes) {
        this.notes = blankToNull(notes);
    }

    /** The year it was founded, or null when not known. */
    public void reviseFoundingYear(Integer foundingYear) {
        this.foundingYear = foundingYear;
    }

    /** One profile field as text; empty when the profile has none. */
    public Optional<String> field(OrganizationField field) {
        return field.readFrom(this);
    }

    /** Replaces one profile field with {@code value} (null empties it, where the field may be empty). */
    public void revise(OrganizationField field, String value) {
        field.writeTo(this, value);
    }

    public boolean isInMatrix() {
        return matrixPosition != null;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Optional<String> getAcronymEs() {
        return Optional.ofNullable(acronymEs);
    }

    public Category getCategory() {
        return category;
    }

    public Optional<Integer> getFoundingYear() {
        return Optional.ofNullable(foundingYear);
    }

    public Optional<String> getMandate() {
        return Optional.ofNullable(mandate);
    }

    public Optional<String> getMigrationInvolvement() {
        return Optional.ofNullable(migrationInvolvement);
    }

    public Optional<String> getNotes() {
        return Optional.ofNullable(notes);
    }

    /** The column's position, 1-based; null for organizations outside the matrix. */
    public Integer getMatrixPosition() {
        return matrixPosition;
    }

    public Optional<String> getMatrixLabel() {
        return Optional.ofNullable(matrixLabel);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Organization organization && code.equals(organization.getCode());
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return "Organization " + code;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static String requireText(String value, String what, int max) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(what + " longer than " + max + " characters");
        }
        return value;
    }
}
