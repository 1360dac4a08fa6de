package org.scm.mapping.history;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;

/** Every value one cell of the matrix has had, oldest first. */
public record CellHistory(String organization, int theme, List<Value> values) {

    public CellHistory {
        values = List.copyOf(values);
    }

    /**
     * The cell's value from one revision on, and that revision's facts: who changed it, for which
     * proposal and country, who approved it and why.
     */
    @JsonbNillable
    public record Value(
            long revision,
            Instant at,
            String level,
            String note,
            String action,
            String actor,
            String actorCountry,
            Long proposal,
            String proposingCountry,
            String proposer,
            String reviewer,
            String reason,
            boolean conflictOverride) {

        static Value of(RevisionFacts facts, String level, String note) {
            return new Value(
                    facts.revision(),
                    facts.at(),
                    level,
                    note,
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
