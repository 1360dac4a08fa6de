package org.scm.mapping.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.scm.mapping.matrix.Involvement;
import org.scm.mapping.matrix.Level;
import org.scm.mapping.matrix.Theme;
import org.scm.mapping.organization.Category;
import org.scm.mapping.organization.Organization;

/**
 * Applies one accepted item to the mapping, inside the approval's transaction. Structural items
 * extend the matrix: a new organization in the matrix becomes its last column, a new theme its last
 * row, and every new cell starts at NONE.
 */
@ApplicationScoped
public class MappingChanges {

    @PersistenceContext(unitName = "scm")
    EntityManager entityManager;

    @Inject
    MappingTargets targets;

    void apply(ItemContent content) {
        switch (content.kind()) {
            case CELL_LEVEL -> cell(content).assess(Level.valueOf(content.proposedValue()), content.proposedNote());
            case ORGANIZATION_FIELD -> OrganizationFields.replace(organization(content.organizationCode()),
                    content.field(), content.proposedValue());
            case NEW_ORGANIZATION -> addOrganization(content);
            case NEW_THEME -> addTheme(content);
        }
    }

    private void addOrganization(ItemContent content) {
        Organization organization = new Organization(content.organizationCode(), content.newName(),
                Category.valueOf(content.newCategory()));
        if (content.newFoundingYear() != null) {
            organization.reviseFoundingYear(content.newFoundingYear());
        }
        if (Boolean.TRUE.equals(content.newInMatrix())) {
            Integer last = entityManager.createQuery("select max(o.matrixPosition) from Organization o", Integer.class)
                    .getSingleResult();
            organization.placeInMatrix(last == null ? 1 : last + 1, content.organizationCode());
        }
        entityManager.persist(organization);
        if (organization.isInMatrix()) {
            entityManager.createNamedQuery(Theme.ALL, Theme.class).getResultList()
                    .forEach(theme -> entityManager.persist(new Involvement(organization, theme, Level.NONE)));
        }
    }

    private void addTheme(ItemContent content) {
        Integer last = entityManager.createQuery("select max(t.number) from Theme t", Integer.class).getSingleResult();
        Theme theme = new Theme(last == null ? 1 : last + 1, content.newName());
        entityManager.persist(theme);
        entityManager.createQuery("select o from Organization o where o.matrixPosition is not null", Organization.class)
                .getResultList()
                .forEach(organization -> entityManager.persist(new Involvement(organization, theme, Level.NONE)));
    }

    private Involvement cell(ItemContent content) {
        return targets.cell(content.organizationCode(), content.themeNumber()).orElseThrow(() ->
                new IllegalStateException("cell " + content.organizationCode() + "/" + content.themeNumber() + " vanished"));
    }

    private Organization organization(String code) {
        return targets.organization(code).orElseThrow(() -> new IllegalStateException("organization " + code + " vanished"));
    }
}
