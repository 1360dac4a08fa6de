package org.scm.mapping.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scm.mapping.history.PendingRevision;
import org.scm.mapping.history.Revision;
import org.scm.mapping.platform.InvalidInputException;
import org.scm.mapping.platform.NotPermittedException;
import org.scm.mapping.platform.Problem.FieldProblem;
import org.scm.mapping.security.CurrentUser;

/**
 * Moves proposals through the workflow. Approval applies all accepted items in one transaction, so
 * one revision records them with the proposal, the reviewer, the proposing country and the reason;
 * any failure, or a conflict not overridden, applies nothing and leaves the proposal as it was.
 */
@ApplicationScoped
public class ReviewService {

    public static final int REASON_MAX = ProposalTransition.REASON_MAX;

    @PersistenceContext(unitName = "scm")
    EntityManager entityManager;

    @Inject
    Proposals proposals;

    @Inject
    MappingTargets targets;

    @Inject
    MappingChanges changes;

    @Inject
    PendingRevision pendingRevision;

    /** Submit, withdraw, request changes or reject. */
    @Transactional
    public ProposalView transition(CurrentUser user, long id, ProposalAction action, String reason, Long expectedVersion) {
        if (Workflow.target(action).isEmpty()) {
            throw new IllegalArgumentException(action + " is not a plain transition");
        }
        Proposal proposal = proposals.visible(user, id, LockModeType.PESSIMISTIC_WRITE);
        Participant actor = Participant.of(user, proposal.getCountry());
        Workflow.check(actor, proposal.getStatus(), action);
        Proposals.checkVersion(proposal, expectedVersion, false);
        boolean reasonRequired = action == ProposalAction.REQUEST_CHANGES || action == ProposalAction.REJECT;
        String checkedReason = reason(reason, reasonRequired);
        if (action == ProposalAction.SUBMIT && proposal.getItems().isEmpty()) {
            throw new InvalidInputException("items", "a proposal needs at least one item to be submitted");
        }
        ProposalStatus from = proposal.getStatus();
        pendingRevision.describe("proposal " + action.pathName(), checkedReason);
        proposal.moveTo(Workflow.target(action).orElseThrow(), user.username(), proposals.now());
        proposals.logTransition(proposal, action, from, actor, checkedReason);
        entityManager.flush();
        return ProposalView.of(proposal, proposals.transitions(proposal), actor);
    }

    @Transactional
    public ProposalView approve(CurrentUser user, long id, ApprovalInput input, Long expectedVersion) {
        targets.awaitTurnToApply();
        Proposal proposal = proposals.visible(user, id, LockModeType.PESSIMISTIC_WRITE);
        Participant reviewer = Participant.of(user, proposal.getCountry());
        Workflow.check(reviewer, proposal.getStatus(), ProposalAction.APPROVE);
        if (proposal.isWrittenBy(user.username())) {
            throw new NotPermittedException("You wrote or edited this proposal, so another reviewer must approve it.");
        }
        Proposals.checkVersion(proposal, expectedVersion, true);
        ApprovalInput approval = input == null ? new ApprovalInput(null, false, null) : input;
        String reason = reason(approval.reason(), false);
        Map<Long, ApprovalInput.Decision> rejected = rejections(proposal, approval);
        List<ProposalItem> accepted = proposal.getItems().stream()
                .filter(item -> !rejected.containsKey(item.getId())).toList();

        List<Conflict> conflicts = conflicts(accepted);
        if (!conflicts.isEmpty() && !approval.overrides()) {
            throw new ProposalConflictException(conflicts);
        }

        pendingRevision.describe("proposal approved", reason);
        pendingRevision.applying(proposal.getId(), proposal.getCountry(), !conflicts.isEmpty());
        try {
            accepted.forEach(item -> changes.apply(item.content()));
            entityManager.flush();
        } catch (PersistenceException failed) {
            throw new ApplyFailedException(rootMessage(failed), failed);
        }
        accepted.forEach(item -> item.decide(ItemDecision.ACCEPTED, null));
        rejected.forEach((itemId, decision) -> proposal.item(itemId).orElseThrow()
                .decide(ItemDecision.REJECTED, decision.reason().strip()));
        ProposalStatus from = proposal.getStatus();
        proposal.moveTo(rejected.isEmpty() ? ProposalStatus.APPROVED : ProposalStatus.PARTIALLY_APPROVED,
                user.username(), proposals.now());
        proposals.logTransition(proposal, ProposalAction.APPROVE, from, reviewer, reason);
        entityManager.flush();
        return ProposalView.of(proposal, proposals.transitions(proposal), reviewer);
    }

    /** The rejected items by id, after checking every decision names an item of this proposal. */
    private static Map<Long, ApprovalInput.Decision> rejections(Proposal proposal, ApprovalInput approval) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<Long, ApprovalInput.Decision> rejected = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < approval.decisions().size(); i++) {
            ApprovalInput.Decision decision = approval.decisions().get(i);
            String at = "decisions[" + i + "]";
            if (decision == null || decision.item() == null || proposal.item(decision.item()).isEmpty()) {
                problems.add(new FieldProblem(at + ".item", "an item of this proposal is required"));
                continue;
            }
            if (!seen.add(decision.item())) {
                problems.add(new FieldProblem(at + ".item", "item " + decision.item() + " is decided twice"));
                continue;
            }
            if (decision.accept() == null) {
                problems.add(new FieldProblem(at + ".accept", "true or false is required"));
            } else if (!decision.accept()) {
                if (decision.reason() == null || decision.reason().isBlank()) {
                    problems.add(new FieldProblem(at + ".reason", "a rejected item needs a reason"));
                } else if (decision.reason().strip().length() > REASON_MAX) {
                    problems.add(new FieldProblem(at + ".reason", "at most " + REASON_MAX + " characters"));
                } else {
                    rejected.put(decision.item(), decision);
                }
            }
        }
        if (problems.isEmpty() && rejected.size() == proposal.getItems().size()) {
            problems.add(new FieldProblem("decisions", "every item is rejected: reject the proposal instead"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return rejected;
    }

    private List<Conflict> conflicts(List<ProposalItem> accepted) {
        List<Conflict> conflicts = new ArrayList<>();
        for (ProposalItem item : accepted) {
            ItemContent content = item.content();
            if (content.kind() != ItemKind.CELL_LEVEL && content.kind() != ItemKind.ORGANIZATION_FIELD) {
                continue;
            }
            ProposalItem.Base current = targets.current(content, item.base().revision());
            if (!current.sameValueAs(item.base())) {
                Revision lastChange = targets.lastChange(content).orElse(null);
                conflicts.add(new Conflict(item.getId(), content.kind(), content.organizationCode(),
                        content.themeNumber(), content.field(), item.base().value(), item.base().note(),
                        current.value(), current.note(), content.proposedValue(),
                        lastChange == null ? null : lastChange.getId(),
                        lastChange == null ? null : lastChange.getProposalId().orElse(null)));
            }
        }
        return conflicts;
    }

    private static String reason(String reason, boolean required) {
        if (reason == null || reason.isBlank()) {
            if (required) {
                throw new InvalidInputException("reason", "a reason is required");
            }
            return null;
        }
        String stripped = reason.strip();
        if (stripped.length() > REASON_MAX) {
            throw new InvalidInputException("reason", "at most " + REASON_MAX + " characters (was " + stripped.length() + ")");
        }
        return stripped;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int detail = message.indexOf("Detail:");
        return detail >= 0 ? message.substring(detail + "Detail:".length()).strip() : message.lines().findFirst().orElse("");
    }
}
