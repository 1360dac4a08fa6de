package org.scm.mapping.proposal;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A comment was added to a proposal's thread. Fired inside the transaction that stored it (see
 * {@link ProposalEvent}).
 *
 * @param participants everyone who has taken part in the proposal: its authors, those who commented and
 *     those who moved it in the workflow, the comment's author included
 */
public record CommentAdded(
        long proposal, String country, String title, String author, String text, Set<String> participants, Instant at) {

    public CommentAdded {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        participants = Set.copyOf(participants);
        Objects.requireNonNull(at, "at");
    }
}
