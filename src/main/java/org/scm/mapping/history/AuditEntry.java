package org.scm.mapping.history;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/**
 * One revision in the audit log.
 *
 * @param mapping whether it changed the mapping (organizations, themes, cells, editions); otherwise it
 *     records work on a proposal (drafting, comments, review)
 * @param proposal the proposal it applied or whose draft or review it records
 */
@JsonbNillable
public record AuditEntry(
        long revision,
        Instant at,
        String action,
        String actor,
        String actorCountry,
        boolean mapping,
        Long proposal,
        String proposingCountry,
        String reviewer,
        String reason,
        boolean conflictOverride) {

    static AuditEntry of(RevisionFacts facts, boolean mapping) {
        return new AuditEntry(
                facts.revision(),
                facts.at(),
                facts.action(),
                facts.actor(),
                facts.actorCountry(),
                mapping,
                facts.proposal(),
                facts.proposingCountry(),
                facts.reviewer(),
                facts.reason(),
                facts.conflictOverride());
    }
}
