package org.scm.mapping.edition;

import java.util.Map;
import org.scm.mapping.platform.DomainProblem;

/** A proposal submitted while an edition is frozen (review only): 409 naming the edition and its state. */
public class SubmissionsClosedException extends DomainProblem {

    private final int edition;

    public SubmissionsClosedException(int edition) {
        super(
                409,
                "Conflict",
                "Edition " + edition + " is frozen: proposals cannot be submitted until it is published.");
        this.edition = edition;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("edition", edition, "editionState", EditionState.FROZEN.name());
    }
}
