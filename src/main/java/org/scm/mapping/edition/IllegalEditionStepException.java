package org.scm.mapping.edition;

import java.util.List;
import java.util.Map;
import org.scm.mapping.platform.DomainProblem;

/**
 * A step the edition's state does not allow, or one that would put two editions in progress at once:
 * 409 with the edition's {@code state} and {@code allowedActions}, as a proposal's illegal transition.
 */
public class IllegalEditionStepException extends DomainProblem {

    private final EditionState state;
    private final List<String> allowedActions;

    public IllegalEditionStepException(Edition edition, String detail) {
        super(409, "Conflict", detail);
        this.state = edition.getState();
        this.allowedActions = EditionStep.allowedIn(state).stream()
                .sorted()
                .map(EditionStep::pathName)
                .toList();
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("state", state.name(), "allowedActions", allowedActions);
    }
}
