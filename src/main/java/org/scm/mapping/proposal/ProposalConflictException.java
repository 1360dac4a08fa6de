package org.scm.mapping.proposal;

import java.util.List;
import java.util.Map;
import org.scm.mapping.platform.DomainProblem;

/** Approval stopped because items no longer match the mapping: 409 with the items in conflict. */
public class ProposalConflictException extends DomainProblem {

    private final List<Conflict> conflicts;

    public ProposalConflictException(List<Conflict> conflicts) {
        super(
                409,
                "Conflict",
                conflicts.size() + " item(s) were written against values that have changed since. "
                        + "Approve again with \"override\": true to apply them anyway, or request changes so that the "
                        + "country rebases them.");
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("conflicts", conflicts);
    }
}
