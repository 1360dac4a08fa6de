package org.scm.mapping.edition;

import java.time.Instant;
import java.util.Objects;

/**
 * A step of the edition cycle was taken (opened, frozen, published). Fired as a CDI event inside the
 * step's transaction, so features above this one (notifications) record it in the same commit.
 *
 * @param state the edition's state after the step
 */
public record EditionEvent(int year, String title, EditionState state, Instant at) {

    public EditionEvent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
    }
}
