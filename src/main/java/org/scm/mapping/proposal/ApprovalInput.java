package org.scm.mapping.proposal;

import java.util.List;

/**
 * A reviewer's approval: an optional reason, whether to apply over conflicts, and decisions for some
 * items (items not named are accepted; a rejected item needs a reason).
 */
public record ApprovalInput(String reason, Boolean override, List<Decision> decisions) {

    /** The decision on one item. */
    public record Decision(Long item, Boolean accept, String reason) {}

    public ApprovalInput {
        decisions = decisions == null ? List.of() : decisions;
    }

    boolean overrides() {
        return Boolean.TRUE.equals(override);
    }
}
