package org.scm.mapping.proposal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.scm.mapping.organization.OrganizationField;

/** A proposal as the API shows it, with what the caller may do with it now. */
public record ProposalView(
        long id,
        String country,
        String title,
        String rationale,
        ProposalStatus status,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        long version,
        Set<String> authors,
        List<ItemView> items,
        List<TransitionView> transitions,
        List<String> allowedActions) {

    /** One item with its base and the reviewer's decision. */
    public record ItemView(
            long id,
            ItemKind kind,
            String organization,
            Integer theme,
            OrganizationField field,
            String level,
            String note,
            String text,
            String name,
            String category,
            Integer foundingYear,
            Boolean inMatrix,
            String justification,
            List<Source> sources,
            String baseValue,
            long baseRevision,
            ItemDecision decision,
            String decisionReason) {

        static ItemView of(ProposalItem item) {
            Change change = item.change();
            ItemFields fields = change.fields();
            Evidence evidence = item.evidence();
            return new ItemView(
                    item.getId(),
                    change.kind(),
                    fields.organization(),
                    fields.theme(),
                    fields.field(),
                    fields.level(),
                    fields.note(),
                    fields.text(),
                    fields.name(),
                    fields.category(),
                    fields.foundingYear(),
                    fields.inMatrix(),
                    evidence.justification(),
                    evidence.sources(),
                    item.base().value(),
                    item.base().revision(),
                    item.getDecision(),
                    item.getDecisionReason().orElse(null));
        }
    }

    /** One step through the workflow. */
    public record TransitionView(
            String action,
            ProposalStatus from,
            ProposalStatus to,
            String actor,
            String role,
            String country,
            String reason,
            Instant at) {

        static TransitionView of(ProposalTransition transition) {
            return new TransitionView(
                    transition.getAction().pathName(),
                    transition.getFromStatus(),
                    transition.getToStatus(),
                    transition.getActor(),
                    transition.getActorRole(),
                    transition.getActorCountry(),
                    transition.getReason(),
                    transition.getOccurredAt());
        }
    }

    static ProposalView of(Proposal proposal, List<ProposalTransition> transitions, Participant viewer) {
        return new ProposalView(
                proposal.getId(),
                proposal.getCountry(),
                proposal.getTitle(),
                proposal.getRationale().orElse(null),
                proposal.getStatus(),
                proposal.getCreatedBy(),
                proposal.getCreatedAt(),
                proposal.getUpdatedBy(),
                proposal.getUpdatedAt(),
                proposal.getVersion(),
                proposal.getAuthors(),
                proposal.getItems().stream().map(ItemView::of).toList(),
                transitions.stream().map(TransitionView::of).toList(),
                Workflow.allowed(viewer, proposal.getStatus()).stream()
                        .map(ProposalAction::pathName)
                        .toList());
    }
}
