package org.scm.mapping.proposal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scm.mapping.platform.DomainProblem;

/** An action the proposal's status does not allow: 409, naming the status and what is allowed now. */
public class IllegalTransitionException extends DomainProblem {

    private final ProposalStatus status;
    private final List<String> allowedActions;

    public IllegalTransitionException(ProposalStatus status, ProposalAction action, Set<ProposalAction> allowed) {
        super(409, "Conflict", "A proposal in status " + status + " cannot " + action.pathName() + ".");
        this.status = status;
        this.allowedActions = allowed.stream().map(ProposalAction::pathName).toList();
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("state", status.name(), "allowedActions", allowedActions);
    }
}
