package org.scm.mapping.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.scm.mapping.history.RecordedAs;
import org.scm.mapping.platform.DomainProblem;
import org.scm.mapping.platform.NotPermittedException;
import org.scm.mapping.platform.Problems;
import org.scm.mapping.platform.UnknownEntityException;
import org.scm.mapping.platform.Versions;
import org.scm.mapping.security.CurrentUser;

/** A proposal's thread: read and written by those who see the proposal; edited by the author for a while. */
@ApplicationScoped
public class CommentService {

    @PersistenceContext(unitName = "scm")
    EntityManager entityManager;

    @Inject
    ProposalAccess proposals;

    @Inject
    Clock clock;

    @Inject
    Event<CommentAdded> events;

    /** The author's edit window has closed. */
    static class EditWindowClosedException extends DomainProblem {
        EditWindowClosedException() {
            super(
                    409,
                    "Conflict",
                    "A comment can be corrected for " + ProposalComment.EDIT_WINDOW.toMinutes()
                            + " minutes after it was written; add a new comment instead.");
        }
    }

    @Transactional
    public List<CommentView> thread(CurrentUser user, long proposalId) {
        proposals.visible(user, proposalId, LockModeType.NONE);
        Instant now = clock.instant();
        return entityManager
                .createNamedQuery(ProposalComment.OF_PROPOSAL, ProposalComment.class)
                .setParameter("proposal", proposalId)
                .getResultStream()
                .map(comment -> CommentView.of(comment, user.username(), now))
                .toList();
    }

    @Transactional
    @RecordedAs("comment added")
    public CommentView add(CurrentUser user, long proposalId, String text) {
        Proposal proposal = proposals.visible(user, proposalId, LockModeType.NONE);
        Participant author = Participant.of(user, proposal.getCountry());
        Workflow.check(author, proposal.getStatus(), ProposalAction.COMMENT);
        String checked = text(text);
        Instant now = clock.instant();
        ProposalComment comment = new ProposalComment(
                proposalId, user.username(), author.roleIn(ProposalAction.COMMENT), user.country(), checked, now);
        entityManager.persist(comment);
        entityManager.flush();
        events.fire(new CommentAdded(
                proposalId,
                proposal.getCountry(),
                proposal.getTitle(),
                user.username(),
                checked,
                participants(proposal),
                now));
        return CommentView.of(comment, user.username(), now);
    }

    /** Who has taken part in the proposal: its authors, its commenters and those who moved it in the workflow. */
    private Set<String> participants(Proposal proposal) {
        Set<String> participants = new TreeSet<>(proposal.getAuthors());
        entityManager
                .createNamedQuery(ProposalComment.OF_PROPOSAL, ProposalComment.class)
                .setParameter("proposal", proposal.getId())
                .getResultStream()
                .forEach(comment -> participants.add(comment.getAuthor()));
        proposals.transitions(proposal).forEach(transition -> participants.add(transition.getActor()));
        return participants;
    }

    @Transactional
    @RecordedAs("comment corrected")
    public CommentView edit(CurrentUser user, long proposalId, long commentId, Long expectedVersion, String text) {
        proposals.visible(user, proposalId, LockModeType.NONE);
        ProposalComment comment = entityManager.find(ProposalComment.class, commentId, LockModeType.PESSIMISTIC_WRITE);
        if (comment == null || comment.getProposalId() != proposalId) {
            throw new UnknownEntityException("comment", commentId);
        }
        if (!comment.getAuthor().equals(user.username())) {
            throw new NotPermittedException("Only its author may correct a comment.");
        }
        Instant now = clock.instant();
        if (!comment.isEditableBy(user.username(), now)) {
            throw new EditWindowClosedException();
        }
        Versions.check(expectedVersion, comment.getVersion());
        String checked = text(text);
        comment.edit(checked, now);
        entityManager.flush();
        return CommentView.of(comment, user.username(), now);
    }

    private static String text(String text) {
        Problems problems = new Problems();
        String checked = problems.requiredText(text, "text", ProposalComment.TEXT_MAX, "a comment needs text");
        problems.throwIfAny();
        return checked;
    }
}
