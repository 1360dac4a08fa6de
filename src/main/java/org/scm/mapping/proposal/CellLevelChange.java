package org.scm.mapping.proposal;

import java.util.Objects;
import java.util.Optional;
import org.scm.mapping.history.Revision;
import org.scm.mapping.matrix.Involvement;
import org.scm.mapping.matrix.Level;
import org.scm.mapping.platform.Problems;

/** A new level (and note) for one matrix cell. Its base is the cell's level and note. */
public record CellLevelChange(String organization, int theme, Level level, String note) implements Change {

    public static final int NOTE_MAX = 4000;

    public CellLevelChange {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(level, "level");
    }

    static CellLevelChange read(ItemInput input, CurrentMapping mapping, Problems problems) {
        Targets.column(input.organization(), mapping, problems);
        if (input.theme() == null) {
            problems.add("theme", "a theme number is required");
        } else if (mapping.theme(input.theme()).isEmpty()) {
            problems.add("theme", "there is no theme " + input.theme());
        }
        Level level = problems.requiredChoice(Level.class, input.level(), "level");
        String note = problems.text(input.note(), "note", NOTE_MAX);
        if (!problems.isEmpty()) {
            return null;
        }
        return new CellLevelChange(input.organization(), input.theme(), level, note);
    }

    static CellLevelChange load(StoredChange stored) {
        return new CellLevelChange(
                stored.organizationCode(),
                stored.themeNumber(),
                Level.valueOf(stored.proposedValue()),
                stored.proposedNote());
    }

    @Override
    public ItemKind kind() {
        return ItemKind.CELL_LEVEL;
    }

    @Override
    public Base currentBase(CurrentMapping mapping, long revision) {
        return mapping.cell(organization, theme)
                .map(cell -> valueOf(cell, revision))
                .orElse(Base.empty(revision));
    }

    @Override
    public boolean alters(Base current) {
        return !new Base(level.name(), note, current.revision()).sameValueAs(current);
    }

    @Override
    public Optional<Revision> lastChange(CurrentMapping mapping) {
        return mapping.cell(organization, theme)
                .flatMap(cell -> mapping.lastChange(Involvement.class, cell.getId(), at -> valueOf(at, 0)));
    }

    @Override
    public void applyTo(CurrentMapping mapping) {
        mapping.cell(organization, theme)
                .orElseThrow(() -> new IllegalStateException("cell " + organization + "/" + theme + " vanished"))
                .assess(level, note);
    }

    @Override
    public Optional<Change> restoring(CurrentMapping mapping, long revision) {
        return mapping.cell(organization, theme)
                .flatMap(cell -> mapping.asAt(Involvement.class, cell.getId(), revision))
                .map(then -> new CellLevelChange(
                        organization, theme, then.getLevel(), then.getNote().orElse(null)));
    }

    @Override
    public StoredChange stored() {
        return new StoredChange(kind(), organization, theme, null, level.name(), note, null, null, null, null);
    }

    @Override
    public ItemFields fields() {
        return new ItemFields(organization, theme, null, level.name(), note, null, null, null, null, null);
    }

    @Override
    public String valueField() {
        return "level";
    }

    private static Base valueOf(Involvement cell, long revision) {
        return new Base(cell.getLevel().name(), cell.getNote().orElse(null), revision);
    }
}
