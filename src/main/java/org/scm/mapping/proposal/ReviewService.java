package org.scm.mapping.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.scm.mapping.edition.EditionService;
import org.scm.mapping.history.PendingRevision;
import org.scm.mapping.history.RecordedAs;
import org.scm.mapping.security.CurrentUser;

/**
 * Moves proposals through the workflow; the rules are {@link Proposal}'s. Approval applies all
 * accepted items in one transaction, so one revision records them with the proposal, the reviewer,
 * the proposing country and the reason; any failure, or a conflict not overridden, applies nothing
 * and leaves the proposal as it was.
 */
@ApplicationScoped
public class ReviewService {

    @Inject
    ProposalAccess proposals;

    @Inject
    CurrentMapping mapping;

    @Inject
    ApprovalTurn approvalTurn;

    @Inject
    PendingRevision pendingRevision;

    @Inject
    EditionService editions;

    @Inject
    Clock clock;

    @Inject
    Event<ProposalEvent> events;

    @Transactional
    @RecordedAs("proposal submit")
    public ProposalView submit(CurrentUser user, long id, Long expectedVersion) {
        Proposal proposal = proposals.visible(user, id, LockModeType.PESSIMISTIC_WRITE);
        Participant author = participant(user, proposal);
        // who may submit, and in which state, is answered before whether an edition takes submissions now
        Workflow.check(author, proposal.getStatus(), ProposalAction.SUBMIT);
        editions.checkSubmissionsAllowed();
        return logged(user, proposal, proposal.submit(author, expectedVersion, clock.instant()));
    }

    @Transactional
    @RecordedAs("proposal withdraw")
    public ProposalView withdraw(CurrentUser user, long id, Long expectedVersion) {
        Proposal proposal = proposals.visible(user, id, LockModeType.PESSIMISTIC_WRITE);
        return logged(user, proposal, proposal.withdraw(participant(user, proposal), expectedVersion, clock.instant()));
    }

    @Transactional
    @RecordedAs("proposal request-changes")
    public ProposalView requestChanges(CurrentUser user, long id, Long expectedVersion, String reason) {
        Proposal proposal = proposals.visible(user, id, LockModeType.PESSIMISTIC_WRITE);
        return logged(
                user,
                proposal,
                proposal.requestChanges(participant(user, proposal), expectedVersion, reason, clock.instant()));
    }

    @Transactional
    @RecordedAs("proposal reject")
    public ProposalView reject(CurrentUser user, long id, Long expectedVersion, String reason) {
        Proposal proposal = proposals.visible(user, id, LockModeType.PESSIMISTIC_WRITE);
        return logged(
                user, proposal, proposal.reject(participant(user, proposal), expectedVersion, reason, clock.instant()));
    }

    @Transactional
    @RecordedAs("proposal approved")
    public ProposalView approve(CurrentUser user, long id, ApprovalInput input, Long expectedVersion) {
        approvalTurn.await();
        Proposal proposal = proposals.visible(user, id, LockModeType.PESSIMISTIC_WRITE);
        ApprovalInput approval = input == null ? new ApprovalInput(null, false, null) : input;
        ProposalTransition approved = proposal.approve(
                participant(user, proposal),
                expectedVersion,
                approval.decisions(),
                approval.reason(),
                accepted -> apply(proposal, accepted, approval.overrides()),
                clock.instant());
        return logged(user, proposal, approved);
    }

    /** Applies the accepted items, unless a base no longer matches and the reviewer did not override. */
    private void apply(Proposal proposal, List<ProposalItem> accepted, boolean override) {
        mapping.load(accepted.stream().map(ProposalItem::change).toList());
        List<Conflict> conflicts = conflicts(accepted);
        if (!conflicts.isEmpty() && !override) {
            throw new ProposalConflictException(conflicts);
        }
        pendingRevision.applying(proposal.getId(), proposal.getCountry(), !conflicts.isEmpty());
        try {
            accepted.forEach(item -> item.change().applyTo(mapping));
            proposals.flush();
        } catch (PersistenceException failed) {
            throw new ApplyFailedException(failed);
        }
    }

    private List<Conflict> conflicts(List<ProposalItem> accepted) {
        List<Conflict> conflicts = new ArrayList<>();
        for (ProposalItem item : accepted) {
            Change change = item.change();
            Base current = change.currentBase(mapping, item.base().revision());
            if (!current.sameValueAs(item.base())) {
                conflicts.add(Conflict.of(
                        item.getId(),
                        change,
                        item.base(),
                        current,
                        change.lastChange(mapping).orElse(null)));
            }
        }
        return conflicts;
    }

    private ProposalView logged(CurrentUser user, Proposal proposal, ProposalTransition transition) {
        pendingRevision.because(transition.getReason());
        proposals.log(transition);
        proposals.flush();
        events.fire(new ProposalEvent(
                proposal.getId(),
                proposal.getCountry(),
                proposal.getTitle(),
                proposal.getStatus(),
                user.username(),
                transition.getReason(),
                transition.getOccurredAt()));
        return ProposalView.of(proposal, proposals.transitions(proposal), participant(user, proposal));
    }

    private static Participant participant(CurrentUser user, Proposal proposal) {
        return Participant.of(user, proposal.getCountry());
    }
}
