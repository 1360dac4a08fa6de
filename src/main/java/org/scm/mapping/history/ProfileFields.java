package org.scm.mapping.history;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fields of an organization's profile as history reads them from {@code organization_aud}: their
 * column, their name in the API (as in the organization's JSON) and whether they are text that is
 * shown with a word diff.
 */
public final class ProfileFields {

    record Field(String column, String name, boolean text) {}

    /** One field that differs between two states of a profile; {@code diff} for text present on both sides. */
    @JsonbNillable
    @Schema(name = "FieldChange")
    public record Change(String field, String from, String to, List<WordDiff.Segment> diff) {}

    static final List<Field> ALL = List.of(
            new Field("name", "name", true),
            new Field("acronym_es", "acronymEs", false),
            new Field("category", "category", false),
            new Field("founding_year", "foundingYear", false),
            new Field("mandate", "mandate", true),
            new Field("migration_involvement", "migrationInvolvement", true),
            new Field("notes", "notes", true),
            new Field("matrix_position", "matrixPosition", false),
            new Field("matrix_label", "matrixLabel", false));

    /** The columns to select, each as text so that values compare alike, in the order of {@link #ALL}. */
    static String select(String alias) {
        return String.join(
                ", ",
                ALL.stream()
                        .map(field -> "cast(" + alias + "." + field.column() + " as text)")
                        .toList());
    }

    private ProfileFields() {}

    /** The values of one row, read from {@code offset} on (see {@link #select}). */
    static Map<String, String> values(Object[] row, int offset) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < ALL.size(); i++) {
            values.put(ALL.get(i).name(), (String) row[offset + i]);
        }
        return values;
    }

    /** The fields whose values differ, in the order of {@link #ALL}; an absent profile has no values. */
    static List<Change> changes(Map<String, String> from, Map<String, String> to) {
        List<Change> changes = new ArrayList<>();
        for (Field field : ALL) {
            String before = from.get(field.name());
            String after = to.get(field.name());
            if (!Objects.equals(before, after)) {
                changes.add(new Change(
                        field.name(),
                        before,
                        after,
                        field.text() && before != null && after != null ? WordDiff.between(before, after) : null));
            }
        }
        return changes;
    }
}
