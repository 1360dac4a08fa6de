package org.scm.mapping.proposal;

import java.util.Objects;
import org.scm.mapping.matrix.Involvement;
import org.scm.mapping.matrix.Level;
import org.scm.mapping.organization.Category;
import org.scm.mapping.organization.Organization;
import org.scm.mapping.platform.Problems;

/**
 * A new organization. In the matrix it becomes the last column, labelled with its code, with every
 * cell at NONE.
 */
public record NewOrganization(String code, String name, Category category, Integer foundingYear, boolean inMatrix)
        implements StructuralChange {

    static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9-]{1,39}";
    static final int NAME_MAX = 300;

    public NewOrganization {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
    }

    static NewOrganization read(ItemInput input, CurrentMapping mapping, Problems problems) {
        String code = input.organization();
        if (code == null || !code.matches(CODE_PATTERN)) {
            problems.add("organization", "a new code of 2 to 40 upper-case letters, digits or hyphens is required");
        } else if (mapping.organization(code).isPresent()) {
            problems.add("organization", "organization " + code + " already exists");
        }
        String name = problems.requiredText(input.name(), "name", NAME_MAX, "a name is required");
        Category category = problems.requiredChoice(Category.class, input.category(), "category");
        if (input.foundingYear() != null) {
            Targets.foundingYear(input.foundingYear(), problems);
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new NewOrganization(code, name, category, input.foundingYear(), Boolean.TRUE.equals(input.inMatrix()));
    }

    static NewOrganization load(StoredChange stored) {
        return new NewOrganization(
                stored.organizationCode(),
                stored.newName(),
                Category.valueOf(stored.newCategory()),
                stored.newFoundingYear(),
                Boolean.TRUE.equals(stored.newInMatrix()));
    }

    @Override
    public ItemKind kind() {
        return ItemKind.NEW_ORGANIZATION;
    }

    @Override
    public void applyTo(CurrentMapping mapping) {
        Organization organization = new Organization(code, name, category);
        organization.reviseFoundingYear(foundingYear);
        if (inMatrix) {
            organization.placeInMatrix(mapping.nextColumn(), code);
        }
        mapping.add(organization);
        if (inMatrix) {
            mapping.themes().forEach(theme -> mapping.add(new Involvement(organization, theme, Level.NONE)));
        }
    }

    @Override
    public StoredChange stored() {
        return new StoredChange(kind(), code, null, null, null, null, name, category.name(), foundingYear, inMatrix);
    }

    @Override
    public ItemFields fields() {
        return new ItemFields(code, null, null, null, null, null, name, category.name(), foundingYear, inMatrix);
    }

    @Override
    public String valueField() {
        return "organization";
    }
}
