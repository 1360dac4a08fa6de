package org.scm.mapping.history;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * The result of recomputing the hash chain.
 *
 * @param revisions how many revisions the chain links
 * @param head the hash of the last link as stored, or null when there is none
 * @param firstBroken the first revision, in commit order, whose stored link does not match what its
 *     rows give now (or a revision without a link, or a link whose revision is gone); null when valid
 */
@JsonbNillable
public record ChainVerification(boolean valid, long revisions, String head, Long firstBroken) {}
