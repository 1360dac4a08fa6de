package org.scm.mapping.proposal;

import java.util.Objects;
import java.util.Optional;
import org.scm.mapping.history.Revision;
import org.scm.mapping.organization.Organization;
import org.scm.mapping.organization.OrganizationField;
import org.scm.mapping.platform.Problems;

/**
 * A new value for one field of an organization's profile, kept as text (the founding year as its
 * digits); null empties the field. Its base is the field's current text.
 */
public record ProfileFieldChange(String organization, OrganizationField field, String value) implements Change {

    public ProfileFieldChange {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(field, "field");
    }

    static ProfileFieldChange read(ItemInput input, CurrentMapping mapping, Problems problems) {
        Targets.organization(input.organization(), mapping, problems);
        OrganizationField field = problems.requiredChoice(OrganizationField.class, input.field(), "field");
        String value = null;
        if (field == OrganizationField.FOUNDING_YEAR) {
            if (input.foundingYear() != null) {
                Targets.foundingYear(input.foundingYear(), problems);
                value = String.valueOf(input.foundingYear());
            }
        } else if (field != null) {
            value = problems.text(input.text(), "text", field.maxLength());
            if (value == null && !field.mayBeEmpty()) {
                problems.add("text", "an organization needs a name");
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new ProfileFieldChange(input.organization(), field, value);
    }

    static ProfileFieldChange load(StoredChange stored) {
        return new ProfileFieldChange(stored.organizationCode(), stored.field(), stored.proposedValue());
    }

    @Override
    public ItemKind kind() {
        return ItemKind.ORGANIZATION_FIELD;
    }

    @Override
    public Base currentBase(CurrentMapping mapping, long revision) {
        return new Base(
                mapping.organization(organization).flatMap(this::valueIn).orElse(null), null, revision);
    }

    @Override
    public boolean alters(Base current) {
        return !Objects.equals(value, current.value());
    }

    @Override
    public Optional<Revision> lastChange(CurrentMapping mapping) {
        return mapping.organization(organization)
                .flatMap(found -> mapping.lastChange(
                        Organization.class, found.getId(), at -> valueIn(at).orElse(null)));
    }

    @Override
    public void applyTo(CurrentMapping mapping) {
        mapping.organization(organization)
                .orElseThrow(() -> new IllegalStateException("organization " + organization + " vanished"))
                .revise(field, value);
    }

    @Override
    public Optional<Change> restoring(CurrentMapping mapping, long revision) {
        return mapping.organization(organization)
                .flatMap(found -> mapping.asAt(Organization.class, found.getId(), revision))
                .map(then -> new ProfileFieldChange(
                        organization, field, valueIn(then).orElse(null)));
    }

    @Override
    public StoredChange stored() {
        return new StoredChange(kind(), organization, null, field, value, null, null, null, null, null);
    }

    @Override
    public ItemFields fields() {
        return new ItemFields(organization, null, field, null, null, value, null, null, null, null);
    }

    @Override
    public String valueField() {
        return field == OrganizationField.FOUNDING_YEAR ? "foundingYear" : "text";
    }

    private Optional<String> valueIn(Organization at) {
        return at.field(field);
    }
}
