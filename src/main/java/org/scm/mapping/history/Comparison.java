package org.scm.mapping.history;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What changed in the mapping between two states: the cells whose level changed, organizations and
 * themes added or removed, profiles whose fields changed (texts with word diffs), and how many cells
 * changed per organization, per theme and in all.
 */
public record Comparison(
        Side from, Side to, List<CellChange> cells, Organizations organizations, Themes themes, Counts counts) {

    /**
     * A compared state: what was asked, the edition and revision it resolved to (none: the current
     * state) and when that revision was recorded.
     */
    @JsonbNillable
    public record Side(String asked, Integer edition, Long revision, Instant recordedAt) {}

    public record Organizations(List<String> added, List<String> removed, List<Profile> changed) {}

    /** The fields of one organization's profile that differ between the two states. */
    public record Profile(String organization, List<ProfileFields.Change> fields) {}

    public record Themes(List<Theme> added, List<Theme> removed) {}

    public record Theme(int number, String title) {}

    /** Cell changes counted by organization code, by theme number (as text: JSON keys are text) and in all. */
    public record Counts(
            Map<String, ChangeCounts> organizations, Map<String, ChangeCounts> themes, ChangeCounts total) {}
}
