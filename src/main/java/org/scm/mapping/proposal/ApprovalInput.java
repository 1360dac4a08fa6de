package org.scm.mapping.proposal;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reviewer's approval: an optional reason, whether to apply over conflicts, and decisions for some
 * items (items not named are accepted; a rejected item needs a reason).
 */
public record ApprovalInput(
        @Schema(description = "Why (recorded in the revision; at most 2 000 characters)")
        String reason,

        @Schema(description = "true: apply items whose base has changed since (after a 409 with conflicts)")
        Boolean override,

        @Schema(description = "Decisions on some items; items not named are accepted")
        List<Decision> decisions) {

    /** The decision on one item. */
    public record Decision(
            @Schema(description = "The item's id") Long item,

            @Schema(description = "false rejects the item (then a reason is required)")
            Boolean accept,

            @Schema(description = "Why the item is rejected")
            String reason) {}

    public ApprovalInput {
        decisions = decisions == null ? List.of() : decisions;
    }

    boolean overrides() {
        return Boolean.TRUE.equals(override);
    }
}
