package org.scm.mapping.proposal;

import static org.scm.mapping.proposal.ProposalAction.APPROVE;
import static org.scm.mapping.proposal.ProposalAction.COMMENT;
import static org.scm.mapping.proposal.ProposalAction.EDIT;
import static org.scm.mapping.proposal.ProposalAction.REJECT;
import static org.scm.mapping.proposal.ProposalAction.REQUEST_CHANGES;
import static org.scm.mapping.proposal.ProposalAction.SUBMIT;
import static org.scm.mapping.proposal.ProposalAction.WITHDRAW;
import static org.scm.mapping.proposal.ProposalStatus.CHANGES_REQUESTED;
import static org.scm.mapping.proposal.ProposalStatus.DRAFT;
import static org.scm.mapping.proposal.ProposalStatus.SUBMITTED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.scm.mapping.platform.NotPermittedException;

/**
 * The review workflow in one place: which actions each status allows, who may take them, and
 * where a transition leads. {@code DRAFT → SUBMITTED → (CHANGES_REQUESTED → SUBMITTED)* →
 * APPROVED | PARTIALLY_APPROVED | REJECTED}, {@code WITHDRAWN} from any status before a decision.
 */
public final class Workflow {

    private static final Map<ProposalStatus, Set<ProposalAction>> BY_STATUS = Map.of(
            DRAFT,
            EnumSet.of(EDIT, SUBMIT, WITHDRAW, COMMENT),
            SUBMITTED,
            EnumSet.of(WITHDRAW, REQUEST_CHANGES, APPROVE, REJECT, COMMENT),
            CHANGES_REQUESTED,
            EnumSet.of(EDIT, SUBMIT, WITHDRAW, COMMENT),
            ProposalStatus.APPROVED,
            EnumSet.of(COMMENT),
            ProposalStatus.PARTIALLY_APPROVED,
            EnumSet.of(COMMENT),
            ProposalStatus.REJECTED,
            EnumSet.of(COMMENT),
            ProposalStatus.WITHDRAWN,
            EnumSet.of(COMMENT));

    private static final Set<ProposalAction> PROPOSING_COUNTRY = EnumSet.of(EDIT, SUBMIT, WITHDRAW, COMMENT);
    private static final Set<ProposalAction> SECRETARIAT = EnumSet.of(REQUEST_CHANGES, APPROVE, REJECT, COMMENT);

    private Workflow() {}

    /** The actions this participant's roles grant, whatever the status. */
    public static Set<ProposalAction> grantedTo(Participant participant) {
        Set<ProposalAction> granted = EnumSet.noneOf(ProposalAction.class);
        if (participant.ofProposingCountry()) {
            granted.addAll(PROPOSING_COUNTRY);
        }
        if (participant.secretariat()) {
            granted.addAll(SECRETARIAT);
        }
        return granted;
    }

    /** What this participant may do now. */
    public static Set<ProposalAction> allowed(Participant participant, ProposalStatus status) {
        Set<ProposalAction> allowed = EnumSet.copyOf(BY_STATUS.get(status));
        allowed.retainAll(grantedTo(participant));
        return allowed;
    }

    /**
     * Refuses an action the participant's roles do not grant (403), or one the status does not allow
     * (409, naming the status and what is allowed).
     */
    public static void check(Participant participant, ProposalStatus status, ProposalAction action) {
        if (!grantedTo(participant).contains(action)) {
            throw new NotPermittedException("Your role may not " + action.pathName() + " this proposal.");
        }
        if (!BY_STATUS.get(status).contains(action)) {
            throw new IllegalTransitionException(status, action, allowed(participant, status));
        }
    }

    /** The secretariat's review actions. */
    static boolean isReview(ProposalAction action) {
        return action == REQUEST_CHANGES || action == APPROVE || action == REJECT;
    }
}
