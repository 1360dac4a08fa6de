package org.scm.mapping.history;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The changes of one organization's profile, oldest first; the first one creates it. */
public record OrganizationHistory(String organization, List<Change> changes) {

    public OrganizationHistory {
        changes = List.copyOf(changes);
    }

    /**
     * What one revision changed in the profile, field by field ({@code type}: created, changed or
     * deleted), with that revision's facts as in a cell's history.
     */
    @JsonbNillable
    @Schema(name = "ProfileChange")
    public record Change(
            long revision,
            Instant at,
            String type,
            List<ProfileFields.Change> fields,
            String action,
            String actor,
            String actorCountry,
            Long proposal,
            String proposingCountry,
            String proposer,
            String reviewer,
            String reason,
            boolean conflictOverride) {

        static Change of(RevisionFacts facts, String type, List<ProfileFields.Change> fields) {
            return new Change(
                    facts.revision(),
                    facts.at(),
                    type,
                    List.copyOf(fields),
                    facts.action(),
                    facts.actor(),
                    facts.actorCountry(),
                    facts.proposal(),
                    facts.proposingCountry(),
                    facts.proposer(),
                    facts.reviewer(),
                    facts.reason(),
                    facts.conflictOverride());
        }
    }
}
