package org.scm.mapping.history;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/**
 * Who changed what when, why and on whose behalf, as history, the audit log and comparisons show a
 * revision.
 *
 * @param actor the username that made the change ({@code system} for the 2014 import)
 * @param proposal the proposal the revision applied, or (in the audit log) the proposal whose draft or
 *     review it records; null for the import and edition steps
 * @param proposingCountry the country on whose behalf an approved proposal was applied
 * @param proposer the focal point who created that proposal, when known
 * @param reviewer who approved it (the actor of an approval), or null
 */
@JsonbNillable
public record RevisionFacts(
        long revision,
        Instant at,
        String action,
        String actor,
        String actorCountry,
        Long proposal,
        String proposingCountry,
        String proposer,
        String reviewer,
        String reason,
        boolean conflictOverride) {}
