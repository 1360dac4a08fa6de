package org.scm.mapping.proposal;

import java.util.Objects;
import org.scm.mapping.matrix.Involvement;
import org.scm.mapping.matrix.Level;
import org.scm.mapping.matrix.Theme;
import org.scm.mapping.platform.Problems;

/** A new theme: the matrix's next numbered row, with every cell at NONE. */
public record NewTheme(String title) implements StructuralChange {

    static final int TITLE_MAX = 300;

    public NewTheme {
        Objects.requireNonNull(title, "title");
    }

    static NewTheme read(ItemInput input, CurrentMapping mapping, Problems problems) {
        String title = problems.requiredText(input.name(), "name", TITLE_MAX, "the new theme's title is required");
        return problems.isEmpty() ? new NewTheme(title) : null;
    }

    static NewTheme load(StoredChange stored) {
        return new NewTheme(stored.newName());
    }

    @Override
    public ItemKind kind() {
        return ItemKind.NEW_THEME;
    }

    @Override
    public void applyTo(CurrentMapping mapping) {
        Theme theme = new Theme(mapping.nextThemeNumber(), title);
        mapping.add(theme);
        mapping.columns().forEach(organization -> mapping.add(new Involvement(organization, theme, Level.NONE)));
    }

    @Override
    public StoredChange stored() {
        return new StoredChange(kind(), null, null, null, null, null, title, null, null, null);
    }

    @Override
    public ItemFields fields() {
        return new ItemFields(null, null, null, null, null, null, title, null, null, null);
    }

    @Override
    public String valueField() {
        return "name";
    }
}
