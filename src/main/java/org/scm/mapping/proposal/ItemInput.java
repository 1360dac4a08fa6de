package org.scm.mapping.proposal;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An item as a client sends it, before validation. Enumerations travel as text so that a wrong
 * value is reported against its field rather than as an unreadable body.
 */
@Schema(
        description = "One proposed change. Which members apply depends on kind: CELL_LEVEL (organization, theme, "
                + "level, note; at least one source), ORGANIZATION_FIELD (organization, field, text, or foundingYear for FOUNDING_YEAR), "
                + "NEW_ORGANIZATION "
                + "(organization as its code, name, category, foundingYear, inMatrix), NEW_THEME (name as its title). "
                + "Every kind takes a justification and sources.")
public record ItemInput(
        @Schema(
                description = "What the item changes",
                enumeration = {"CELL_LEVEL", "ORGANIZATION_FIELD", "NEW_ORGANIZATION", "NEW_THEME"})
        String kind,

        @Schema(description = "The organization's code, e.g. IOM (a new one's code for NEW_ORGANIZATION)")
        String organization,

        @Schema(description = "CELL_LEVEL: the theme's number")
        Integer theme,

        @Schema(
                description = "ORGANIZATION_FIELD: the profile field",
                enumeration = {"NAME", "MANDATE", "MIGRATION_INVOLVEMENT", "NOTES", "FOUNDING_YEAR"})
        String field,

        @Schema(
                description = "CELL_LEVEL: the new level",
                enumeration = {"NONE", "INVOLVED", "STRONG"})
        String level,

        @Schema(description = "CELL_LEVEL: the cell's note (at most 4 000 characters)")
        String note,

        @Schema(description = "ORGANIZATION_FIELD: the field's new text")
        String text,

        @Schema(description = "NEW_ORGANIZATION: its name; NEW_THEME: its title")
        String name,

        @Schema(description = "NEW_ORGANIZATION: its category, e.g. UN_AGENCY")
        String category,

        @Schema(description = "NEW_ORGANIZATION, or ORGANIZATION_FIELD FOUNDING_YEAR: the year it was founded")
        Integer foundingYear,

        @Schema(description = "NEW_ORGANIZATION: whether it becomes a matrix column")
        Boolean inMatrix,

        @Schema(description = "Why the change is right (at most 4 000 characters)")
        String justification,

        @Schema(description = "The evidence (at most 20); required for CELL_LEVEL")
        List<SourceInput> sources) {

    /** One piece of evidence: a citation, a URL, or both. */
    public record SourceInput(String citation, String url) {}
}
