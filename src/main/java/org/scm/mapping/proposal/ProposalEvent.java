package org.scm.mapping.proposal;

import java.time.Instant;
import java.util.Objects;

/**
 * A proposal moved in the workflow (submitted, sent back, decided, withdrawn). Fired as a CDI event
 * inside the transaction that moved it, so an observer that writes to the database commits or rolls
 * back with the move; features above this one (notifications) observe it without this one knowing them.
 *
 * @param status the proposal's status after the move
 * @param reason the reviewer's reason, if any
 */
public record ProposalEvent(
        long proposal, String country, String title, ProposalStatus status, String actor, String reason, Instant at) {

    public ProposalEvent {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
